package org.detente.rehearsal.models;

import org.detente.model.Odometer;
import org.detente.model.OutcomeSpace;

/**
 * Mixed-radix digits of outcome indices, into a reused buffer (one per model, single-threaded).
 *
 * <p>Models decode an outcome for every estimate, and an agent may estimate hundreds of thousands
 * of outcomes between two offers, so the decoding avoids most divisions. The issues are grouped into
 * blocks of consecutive issues with at most {@value #BLOCK} value combinations each; an index is
 * split into its block values (one division per block rather than per issue), and a block's digits
 * are read from a table built once. Indices below 2^31 (every session's) are divided by
 * multiplication ({@link Divisor}); larger ones take plain division per issue.
 */
final class Digits {
    /** Most value combinations of a block of issues whose digits are tabled. */
    static final int BLOCK = 4096;
    final int[] radix;
    private final int[] buffer;
    /** Per block: its first issue, its issue count, its size. */
    private final int[] first;
    private final int[] width;
    private final Divisor[] size;
    /** Per block of two or more issues: its digits, {@code width} per block value; null otherwise. */
    private final int[][] table;

    Digits(OutcomeSpace space) {
        this(space.radix());
    }

    Digits(int[] radix) {
        this.radix = radix.clone();
        this.buffer = new int[radix.length];
        int blocks = 0;
        int[] starts = new int[radix.length];
        for (int i = 0; i < radix.length; ) {
            if (radix[i] < 1) {
                throw new IllegalArgumentException("a radix must be at least 1, was " + radix[i]);
            }
            starts[blocks++] = i;
            long product = radix[i++];
            while (i < radix.length && radix[i] >= 1 && product * radix[i] <= BLOCK) {
                product *= radix[i++];
            }
        }
        this.first = new int[blocks];
        this.width = new int[blocks];
        this.size = new Divisor[blocks];
        this.table = new int[blocks][];
        for (int b = 0; b < blocks; b++) {
            first[b] = starts[b];
            width[b] = (b + 1 < blocks ? starts[b + 1] : radix.length) - starts[b];
            int d = 1;
            for (int i = first[b]; i < first[b] + width[b]; i++) {
                d *= radix[i];
            }
            size[b] = new Divisor(d);
            if (width[b] > 1) {
                table[b] = blockTable(first[b], width[b], d);
            }
        }
    }

    /** The digits of every value of a block, in order: an odometer over its issues. */
    private int[] blockTable(int from, int w, int combinations) {
        int[] t = new int[combinations * w];
        int[] digit = new int[w];
        int[] r = java.util.Arrays.copyOfRange(radix, from, from + w);
        for (int v = 0; v < combinations; v++) {
            System.arraycopy(digit, 0, t, v * w, w);
            Odometer.next(digit, r);
        }
        return t;
    }

    /** The value index of each issue of {@code outcome}, in a buffer overwritten by the next call. */
    int[] of(long outcome) {
        long x = outcome;
        if (x >= 0 && x <= Integer.MAX_VALUE) {
            for (int b = first.length - 1; b >= 0; b--) {
                long q = size[b].quotient(x);
                int v = (int) (x - q * size[b].divisor);
                x = q;
                int[] t = table[b];
                if (t == null) {
                    buffer[first[b]] = v;
                } else {
                    int w = width[b];
                    int at = v * w;
                    int to = first[b];
                    for (int j = 0; j < w; j++) {
                        buffer[to + j] = t[at + j];
                    }
                }
            }
            return buffer;
        }
        for (int i = radix.length - 1; i >= 0; i--) {
            buffer[i] = (int) (x % radix[i]);
            x /= radix[i];
        }
        return buffer;
    }
}
