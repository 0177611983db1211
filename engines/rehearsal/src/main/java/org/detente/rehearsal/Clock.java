package org.detente.rehearsal;

/**
 * A source of monotonic time in nanoseconds, injected so that time deadlines and per-action
 * limits can be tested without waiting.
 */
@FunctionalInterface
public interface Clock {
    /** The system's monotonic clock. */
    Clock SYSTEM = System::nanoTime;

    /** Current time in nanoseconds from an arbitrary origin. */
    long nanos();
}
