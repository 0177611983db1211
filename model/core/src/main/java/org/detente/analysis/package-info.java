/**
 * The exact analysis: pure functions from a case to immutable results. The entry points are
 * {@link org.detente.analysis.Analyzer} (the frontier, the ZOPA, the solutions, trade-offs, value
 * left on the table) and {@link org.detente.analysis.Prepare} (the preparation report: robustness,
 * two-level analysis, the bottom line), with their options and result records.
 *
 * <p>The engines — enumeration, the additive and the general frontier searches, the bounds, the
 * Monte Carlo sampling, the ZOPA counters — are package-private. Public beyond the entry points
 * and their results, for other modules of Détente rather than for callers:
 * {@link org.detente.analysis.PairSort} (the ranking sort of the rehearsal engine) and
 * {@link org.detente.analysis.ParetoKernels} (measured by the benchmarks).
 */
package org.detente.analysis;
