package org.detente.model;

import java.math.BigInteger;

/**
 * All outcomes of a domain: the Cartesian product of its issues' values.
 *
 * <p>Its size is exact (a {@link BigInteger}: it may exceed 2^63). For enumerable spaces whose size
 * fits a {@code long}, outcomes are numbered by a mixed-radix index: issue 0 is the most
 * significant digit, the last issue the least, so index order is lexicographic order of value
 * indices.
 */
public final class OutcomeSpace {
    private final Domain domain;
    private final int[] radix;
    private final boolean enumerable;
    private final BigInteger size;

    OutcomeSpace(Domain domain) {
        this.domain = domain;
        int n = domain.size();
        this.radix = new int[n];
        boolean all = true;
        BigInteger s = BigInteger.ONE;
        for (int i = 0; i < n; i++) {
            Issue issue = domain.issue(i);
            if (issue.enumerable()) {
                radix[i] = issue.cardinality();
                s = s.multiply(BigInteger.valueOf(radix[i]));
            } else {
                all = false;
            }
        }
        this.enumerable = all;
        this.size = all ? s : null;
    }

    /** The domain. */
    public Domain domain() {
        return domain;
    }

    /** Whether every issue has a finite list of values. */
    public boolean enumerable() {
        return enumerable;
    }

    /**
     * Exact number of outcomes.
     *
     * @throws IllegalStateException if a real issue has no step (the space is a continuum)
     */
    public BigInteger size() {
        if (!enumerable) {
            throw new IllegalStateException(continuumMessage());
        }
        return size;
    }

    /** Whether the size fits a {@code long} (so the mixed-radix index can be used). */
    public boolean indexable() {
        return enumerable && size.bitLength() < 63;
    }

    /**
     * Size as a {@code long}.
     *
     * @throws IllegalStateException if the space is not {@link #indexable()}
     */
    public long longSize() {
        if (!indexable()) {
            throw new IllegalStateException(enumerable ? "outcome space has " + size + " outcomes, beyond 2^63"
                    : continuumMessage());
        }
        return size.longValue();
    }

    /** Number of values of each issue, in issue order (a copy). */
    public int[] radix() {
        return radix.clone();
    }

    /** Number of values of issue {@code issue}. */
    public int radix(int issue) {
        return radix[issue];
    }

    /**
     * Writes the value indices of outcome {@code index} into {@code into}.
     *
     * @throws IndexOutOfBoundsException if index is outside {@code [0, longSize())}
     */
    public void decode(long index, int[] into) {
        if (index < 0 || index >= longSize()) {
            throw new IndexOutOfBoundsException("outcome index " + index + " outside [0, " + size + ")");
        }
        for (int i = radix.length - 1; i >= 0; i--) {
            into[i] = (int) (index % radix[i]);
            index /= radix[i];
        }
    }

    /** The outcome with mixed-radix index {@code index}. */
    public Outcome outcome(long index) {
        int[] v = new int[radix.length];
        decode(index, v);
        return new Outcome(v);
    }

    /** Mixed-radix index of the given value indices. */
    public long encode(int[] values) {
        longSize();
        long index = 0;
        for (int i = 0; i < radix.length; i++) {
            if (values[i] < 0 || values[i] >= radix[i]) {
                throw new IndexOutOfBoundsException("value index " + values[i] + " outside issue '"
                        + domain.issue(i).name() + "'");
            }
            index = index * radix[i] + values[i];
        }
        return index;
    }

    private String continuumMessage() {
        for (Issue issue : domain.issues()) {
            if (!issue.enumerable()) {
                return "issue '" + issue.name() + "' is a real range without a step, so the outcomes cannot be "
                        + "counted or listed; give it a step";
            }
        }
        return "outcome space is not enumerable";
    }
}
