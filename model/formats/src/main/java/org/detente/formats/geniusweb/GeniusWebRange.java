package org.detente.formats.geniusweb;

/** GeniusWeb's number ranges: the values low, low + step, … up to high (high itself only if on the step). */
final class GeniusWebRange {
    private GeniusWebRange() {
    }

    /** Number of values of the range. */
    static long count(double low, double high, double step) {
        return (long) Math.floor((high - low) / step + 1e-9) + 1;
    }
}
