package org.detente.model;

/**
 * The mixed-radix odometer, written once: digit {@code j} runs over {@code 0..radix[j]-1}, the last
 * digit fastest — the order of the outcome index of {@link OutcomeSpace} (issue 0 most significant).
 * Enumerations keep their per-issue partial sums and recompute only the digits that changed, so
 * {@link #next} says which changed. Nothing is allocated per step.
 *
 * <pre>{@code
 * int[] digit = new int[radix.length];
 * do { visit(digit); } while (Odometer.next(digit, radix) >= 0);
 * }</pre>
 */
public final class Odometer {
    private Odometer() {
    }

    /**
     * Advances {@code digit[0..length)} by one.
     *
     * @param digit  the digits, each in {@code [0, radix[j])}; advanced in place
     * @param radix  each digit's radix (at least 1)
     * @param length how many leading digits make up the odometer (the rest are left alone)
     * @return the leftmost digit that changed (every digit after it went back to 0), or -1 when the
     *         odometer rolled over: every combination has been seen and every digit is 0 again
     */
    public static int next(int[] digit, int[] radix, int length) {
        for (int j = length - 1; j >= 0; j--) {
            if (++digit[j] < radix[j]) {
                return j;
            }
            digit[j] = 0;
        }
        return -1;
    }

    /** {@link #next(int[], int[], int)} over every digit. */
    public static int next(int[] digit, int[] radix) {
        return next(digit, radix, radix.length);
    }

    /** The radices of a table of rows ({@code rows[from..to)}): each row's length. */
    public static int[] radix(double[][] rows, int from, int to) {
        int[] radix = new int[to - from];
        for (int j = 0; j < radix.length; j++) {
            radix[j] = rows[from + j].length;
        }
        return radix;
    }

    /** The radices of a table of rows: each row's length. */
    public static int[] radix(double[][] rows) {
        return radix(rows, 0, rows.length);
    }
}
