/**
 * The JSON objects that both edges give — the command line's {@code --json} output and the web
 * API's answers: the analysis ({@link org.detente.report.AnalysisJson}, the {@code detente analyze
 * --json} contract), sessions and their offers ({@link org.detente.report.SessionJson}, a session's result as the
 * tournament module's records have it) and conflict analyses
 * ({@link org.detente.report.ConflictJson}). Built in one place so the two edges never differ.
 */
package org.detente.report;
