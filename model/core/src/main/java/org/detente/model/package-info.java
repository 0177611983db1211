/**
 * The negotiation model: a case ({@link org.detente.model.NegotiationCase}) of issues, parties with
 * their preferences and red lines, named deals and the preparation. Immutable records, validated on
 * construction.
 *
 * <p>The API of the core module is this package, {@link org.detente.analysis} (the analysis:
 * {@link org.detente.analysis.Analyzer} and its results), {@link org.detente.track} (reading a
 * counterpart's offers as they come) and {@link org.detente.fair} (the adjusted-winner division). The
 * engines behind them — enumeration, frontier search, bounds, sampling — are package-private in
 * their packages. The packages depend on each other one way: {@code model} on nothing of ours,
 * {@code analysis} and {@code fair} on {@code model}, {@code track} on both (a test checks that
 * there is no package cycle).
 */
package org.detente.model;
