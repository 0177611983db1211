package org.detente.rehearsal;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How a session is run, beyond who plays and the deadline.
 *
 * @param actionLimit longest an agent may take for one action ({@link Duration#ZERO}: no limit);
 *                    an agent that takes longer forfeits
 * @param clock       the clock measuring action times
 * @param trace       which offers the result's trace keeps, with every party's utility
 * @param listener    receives every event as it happens, or null
 * @param watch       published action start times for a watchdog, or null
 */
// "exports": watch's type is the engine's own; only this package's executors set it (withWatch)
@SuppressWarnings("exports")
public record SessionOptions(Duration actionLimit, Clock clock, TraceWindow trace, Consumer<NegotiationEvent> listener,
                             ActionWatch watch) {
    /** @throws IllegalArgumentException if the limit is negative */
    public SessionOptions {
        if (actionLimit.isNegative()) {
            throw new IllegalArgumentException("action limit must not be negative, was " + actionLimit);
        }
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(trace, "trace");
    }

    /** No action limit, system clock, no trace, no listener. */
    public static SessionOptions defaults() {
        return new SessionOptions(Duration.ZERO, Clock.SYSTEM, TraceWindow.NONE, null, null);
    }

    /** These options with every offer traced (or none). */
    public SessionOptions withTrace(boolean on) {
        return withTrace(on ? TraceWindow.ALL : TraceWindow.NONE);
    }

    /** These options with the offers {@code window} keeps traced. */
    public SessionOptions withTrace(TraceWindow window) {
        return new SessionOptions(actionLimit, clock, window, listener, watch);
    }

    /** These options with an action limit. */
    public SessionOptions withActionLimit(Duration limit) {
        return new SessionOptions(limit, clock, trace, listener, watch);
    }

    /** These options with a listener. */
    public SessionOptions withListener(Consumer<NegotiationEvent> l) {
        return new SessionOptions(actionLimit, clock, trace, l, watch);
    }

    /** These options with a watch. */
    SessionOptions withWatch(ActionWatch w) {
        return new SessionOptions(actionLimit, clock, trace, listener, w);
    }
}
