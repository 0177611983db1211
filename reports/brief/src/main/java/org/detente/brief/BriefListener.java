package org.detente.brief;

/** Hears how the work of a brief goes, for a progress display. Called from worker threads. */
public interface BriefListener {
    /** Hears nothing. */
    BriefListener NONE = new BriefListener() {
        @Override
        public void stage(String what, int units) {
        }

        @Override
        public void advance() {
        }
    };

    /** A stage begins: {@code what} is done in {@code units} steps (0: one step, no count). */
    void stage(String what, int units);

    /** One step of the current stage is done (thread-safe implementations only). */
    void advance();
}
