package org.detente.cli;

import org.detente.conflict.stability.CoalitionResult;
import org.detente.conflict.stability.StabilityResult;
import org.detente.conflict.stability.StateSpace;
import org.detente.conflict.statusquo.StatusQuoResult;

/**
 * Everything {@code detente conflict} prints.
 *
 * @param space      the state space
 * @param stability  the stabilities
 * @param coalitions the coalition analysis
 * @param statusQuo  the status quo analysis, or null when none was asked for
 */
record ConflictReport(StateSpace space, StabilityResult stability, CoalitionResult coalitions, StatusQuoResult statusQuo) {


    /** The highest level of each decision maker (for ranks without rescanning). */
    int[] tops() {
        int[] top = new int[space.decisionMakers()];
        for (int d = 0; d < top.length; d++) {
            for (int i = 0; i < space.size(); i++) {
                top[d] = Math.max(top[d], space.level(d, i));
            }
        }
        return top;
    }

    String dmName(int dm) {
        return space.conflict().decisionMakers().get(dm).name();
    }
}
