package org.detente.model;

/**
 * One negotiable issue: a named dimension of the agreement.
 *
 * <p>An issue is <em>enumerable</em> when it has a finite list of values (discrete, integer, or a
 * real range with a stated step); the outcome space maps each enumerable issue's values to indices
 * {@code 0 .. cardinality()-1}.
 */
public sealed interface Issue permits DiscreteIssue, IntegerIssue, RealIssue {

    /** The issue's name, unique within its domain. */
    String name();

    /** Whether the issue has a finite list of values. */
    boolean enumerable();

    /**
     * Number of values of an enumerable issue.
     *
     * @throws IllegalStateException if the issue is not enumerable
     */
    int cardinality();

    /**
     * The text of the value at {@code index} (as written in files and shown to people).
     *
     * @throws IndexOutOfBoundsException if {@code index} is not in {@code [0, cardinality())}
     */
    String label(int index);

    /**
     * The index of the value written as {@code text}, or -1 if the issue has no such value.
     */
    int indexOf(String text);

    /** Numeric value at {@code index} for numeric issues; NaN for discrete issues. */
    double numeric(int index);
}
