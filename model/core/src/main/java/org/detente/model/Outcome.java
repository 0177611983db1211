package org.detente.model;

import java.util.Arrays;

/**
 * One package: a value index for every issue of a domain (in the domain's issue order).
 *
 * <p>Used at the edges and for results; the analysis kernels work on mixed-radix indices and
 * primitive arrays instead of one object per outcome.
 */
public final class Outcome {
    private final int[] values;

    /**
     * @param values the value index of every issue; copied
     * @throws IllegalArgumentException if an index is negative
     */
    public Outcome(int[] values) {
        this.values = values.clone();
        for (int v : this.values) {
            if (v < 0) {
                throw new IllegalArgumentException("negative value index in " + Arrays.toString(values));
            }
        }
    }

    /** Value index for issue {@code issue}. */
    public int value(int issue) {
        return values[issue];
    }

    /** Number of issues. */
    public int size() {
        return values.length;
    }

    /** A copy of the value indices. */
    public int[] toArray() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Outcome other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
