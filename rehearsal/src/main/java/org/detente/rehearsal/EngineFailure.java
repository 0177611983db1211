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
        super("session " + session + " failed outside any agent: " + cause, cause);
    }
}
