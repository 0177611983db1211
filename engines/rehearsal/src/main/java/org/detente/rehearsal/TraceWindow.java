package org.detente.rehearsal;

/**
 * Which offers a session's trace keeps: the first {@code head} and the last {@code tail}. What lies
 * between is only counted ({@link SessionResult#offers()}), so a trace costs memory in proportion to
 * the window, never to the session's length.
 *
 * @param head offers kept from the start, at least 0
 * @param tail offers kept from the end (after the head), at least 0
 */
public record TraceWindow(int head, int tail) {
    /** No trace. */
    public static final TraceWindow NONE = new TraceWindow(0, 0);
    /** Every offer (the session's deadline bounds it). */
    public static final TraceWindow ALL = new TraceWindow(Integer.MAX_VALUE, 0);

    /** @throws IllegalArgumentException if head or tail is negative */
    public TraceWindow {
        if (head < 0 || tail < 0) {
            throw new IllegalArgumentException("a trace window keeps at least 0 offers, was " + head + " and " + tail);
        }
    }

    /** The first {@code n} offers. */
    public static TraceWindow first(int n) {
        return new TraceWindow(n, 0);
    }

    /** Whether any offer is kept. */
    public boolean keeps() {
        return head > 0 || tail > 0;
    }
}
