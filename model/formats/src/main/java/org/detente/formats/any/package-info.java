/**
 * Cases in any format: {@link org.detente.formats.any.CaseInputs} reads a case from the files that
 * name it (a Détente case file, or a GENIUS or GeniusWeb domain and profiles), and
 * {@link org.detente.formats.any.Export} writes one in another tool's format, saying what it cannot
 * hold. The layer above the format packages: none of them depends on it.
 */
package org.detente.formats.any;
