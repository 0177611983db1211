package org.detente.rehearsal.models;

import org.detente.rehearsal.UtilityTable;
import org.detente.rehearsal.boa.OpponentModel;

/**
 * An oracle that knows the opponent's true utilities: a yardstick for benchmarks and experiments,
 * never given to an agent by the registry (agents see only their own preferences).
 */
public final class PerfectModel implements OpponentModel {
    private final UtilityTable opponent;

    /** @param opponent the opponent's true utilities */
    public PerfectModel(UtilityTable opponent) {
        this.opponent = java.util.Objects.requireNonNull(opponent, "opponent");
    }

    @Override
    public void observe(long outcome, double time) {
        // knows everything already
    }

    @Override
    public double utility(long outcome) {
        return opponent.utility(outcome);
    }
}
