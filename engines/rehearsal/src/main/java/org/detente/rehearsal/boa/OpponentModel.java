package org.detente.rehearsal.boa;

/**
 * An agent's estimate of what the other side wants, learnt from the offers it sees. Owned by one
 * agent in one session; not thread-safe.
 */
public interface OpponentModel {
    /** A model that knows nothing: every outcome is worth 0.5 to the other side. */
    OpponentModel NONE = new OpponentModel() {
        @Override
        public void observe(long outcome, double time) {
            // nothing to learn
        }

        @Override
        public double utility(long outcome) {
            return 0.5;
        }
    };

    /** Learns from an offer the other side made at normalised time {@code time}. */
    void observe(long outcome, double time);

    /** Estimated utility of {@code outcome} for the other side, about [0, 1]. */
    double utility(long outcome);

    /**
     * {@link #utility(long)} when it exceeds {@code bar}; otherwise any value at most {@code bar}. For
     * an agent that scans many outcomes for one the other side likes better than the best so far: a
     * model may then answer from a bound without working the estimate out.
     */
    default double utilityAbove(long outcome, double bar) {
        return utility(outcome);
    }
}
