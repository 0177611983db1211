package org.detente.rehearsal;

/**
 * Runs one session of the protocols it knows, for an executor: {@link Sessions#runner} runs
 * alternating offers; {@code Mediation.anyProtocol} runs single-text sessions too.
 */
@FunctionalInterface
public interface SessionRunner {
    /**
     * Runs one session to its end.
     *
     * @param spec    what to run
     * @param options trace, listener, watch (the spec's action limit replaces the options' limit)
     * @return the result
     * @throws IllegalArgumentException if the spec names an agent, party strategy or mediator that is
     *                                  unknown, or a protocol this runner does not run
     */
    SessionResult run(SessionSpec spec, SessionOptions options);
}
