package org.detente.rehearsal;

/**
 * An agent broke the rules in a way only its runner can see — its process hung, exited, wrote
 * something that is not the protocol, or gave up — and forfeits. The message is the forfeit's reason
 * as recorded, as it is (not prefixed by "threw").
 */
public final class AgentFault extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param reason why the agent forfeits */
    public AgentFault(String reason) {
        super(reason, null, false, false);
    }
}
