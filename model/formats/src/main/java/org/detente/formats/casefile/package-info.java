/**
 * Détente's own files: cases ({@link org.detente.formats.casefile.CaseFiles}, YAML or JSON, checked
 * against the published schema) and negotiation records
 * ({@link org.detente.formats.casefile.RecordFiles}). The readers and writers behind them are
 * package-private.
 */
package org.detente.formats.casefile;
