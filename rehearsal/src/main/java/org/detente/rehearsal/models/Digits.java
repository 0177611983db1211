package org.detente.rehearsal.models;

import org.detente.model.OutcomeSpace;

/** Mixed-radix digits of outcome indices, into a reused buffer (one per model, single-threaded). */
final class Digits {
    final int[] radix;
    private final int[] buffer;

    Digits(OutcomeSpace space) {
        this.radix = space.radix();
        this.buffer = new int[radix.length];
    }

    /** The value index of each issue of {@code outcome}, in a buffer overwritten by the next call. */
    int[] of(long outcome) {
        long x = outcome;
        for (int i = radix.length - 1; i >= 0; i--) {
            buffer[i] = (int) (x % radix[i]);
            x /= radix[i];
        }
        return buffer;
    }
}
