package org.detente.rehearsal;

/**
 * A session failed outside any agent's control — the engine itself threw, or ran out of memory
 * while no agent was acting — so the run stops; the sessions already passed to the sink stay valid.
 */
public final class EngineFailure extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /**
     * @param session the session's id
     * @param cause   what was thrown
     */
    public EngineFailure(String session, Throwable cause) {
        this("session " + session + " failed outside any agent: " + cause, cause, true);
    }

    private EngineFailure(String message, Throwable cause, boolean unused) {
        super(message, cause);
    }

    /**
     * The engine that runs the sessions failed as a whole (for example a cluster's job).
     *
     * @param message what failed, in one line
     * @param cause   what was thrown
     */
    public static EngineFailure ofEngine(String message, Throwable cause) {
        return new EngineFailure(message, cause, true);
    }
}
