package org.detente.rehearsal.models;

/**
 * Division of outcome indices by a fixed divisor without a division instruction for indices below
 * 2^31 (every session's): {@code ⌊x / d⌋ = ⌊x · m / 2^(31+ℓ)⌋} for every {@code 0 ≤ x < 2^31}, where
 * {@code ℓ = ⌈log₂ d⌉} and {@code m = ⌊2^(31+ℓ) / d⌋ + 1} (Granlund and Montgomery, "Division by
 * invariant integers using multiplication", 1994, theorem 4.2: {@code 2^(31+ℓ) < m·d ≤ 2^(31+ℓ) + 2^ℓ}).
 * The product is below 2^64 and is shifted unsigned. Other indices take plain division.
 */
final class Divisor {
    final int divisor;
    private final long magic;
    private final int shift;

    /** @throws IllegalArgumentException if {@code d < 1} */
    Divisor(int d) {
        if (d < 1) {
            throw new IllegalArgumentException("a radix must be at least 1, was " + d);
        }
        this.divisor = d;
        this.shift = 31 + 32 - Integer.numberOfLeadingZeros(d - 1);
        this.magic = Long.divideUnsigned(1L << shift, d) + 1;
    }

    /** {@code ⌊x / divisor⌋} for {@code x ≥ 0}. */
    long quotient(long x) {
        return x <= Integer.MAX_VALUE ? (x * magic) >>> shift : x / divisor;
    }
}
