package org.detente.report;

import java.util.List;

import org.detente.conflict.model.Conflict;
import org.detente.conflict.stability.CoalitionResult;
import org.detente.conflict.stability.Coalitions;
import org.detente.conflict.stability.Concept;
import org.detente.conflict.stability.Stability;
import org.detente.conflict.stability.StabilityResult;
import org.detente.conflict.stability.StateSpace;
import org.detente.conflict.statusquo.StatusQuo;
import org.detente.conflict.statusquo.StatusQuoResult;

/**
 * Everything {@code detente conflict} prints.
 *
 * @param space      the state space
 * @param stability  the stabilities
 * @param coalitions the coalition analysis
 * @param statusQuo  the status quo analysis, or null when none was asked for
 */
public record ConflictReport(StateSpace space, StabilityResult stability, CoalitionResult coalitions, StatusQuoResult statusQuo) {

    /**
     * Analyses a conflict: stabilities with limited-move horizon {@code horizon}, coalitions (or
     * none), and the status quo analysis from state {@code statusQuo} (1-based; null for none).
     *
     * @throws IllegalArgumentException if the horizon is below 1 or the status quo is no state
     */
    public static ConflictReport of(Conflict conflict, int horizon, boolean coalitions, Integer statusQuo) {
        if (horizon < 1) {
            throw new IllegalArgumentException("the horizon must be at least 1, not " + horizon);
        }
        StateSpace space = StateSpace.of(conflict);
        if (statusQuo != null && (statusQuo < 1 || statusQuo > space.size())) {
            throw new IllegalArgumentException("status quo " + statusQuo
                    + ": there is no such state (the feasible states are 1.." + space.size() + ")");
        }
        StabilityResult stability = Stability.analyze(space, horizon);
        CoalitionResult co = coalitions ? Coalitions.analyze(space, stability)
                : new CoalitionResult(List.of(), stability.equilibria(Concept.NASH));
        return new ConflictReport(space, stability, co,
                statusQuo == null ? null : StatusQuo.analyze(stability, co, statusQuo));
    }

    /** The highest level of each decision maker (for ranks without rescanning). */
    public int[] tops() {
        int[] top = new int[space.decisionMakers()];
        for (int d = 0; d < top.length; d++) {
            for (int i = 0; i < space.size(); i++) {
                top[d] = Math.max(top[d], space.level(d, i));
            }
        }
        return top;
    }

    /** The name of decision maker {@code dm}. */
    public String dmName(int dm) {
        return space.conflict().decisionMakers().get(dm).name();
    }
}
