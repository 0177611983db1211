package org.detente.rehearsal.agents;

import org.detente.rehearsal.OpponentModel;
import org.detente.rehearsal.UtilityTable;

/** Bid choice near a target utility, by binary search in the pre-sorted table (no scan of the space). */
final class Bids {
    private Bids() {
    }

    /**
     * Among the {@code window} outcomes whose own utility is at or just above {@code target}, the one
     * the model rates best for the other side (GENIUS's "best bid" opponent-model strategy); with no
     * outcome reaching the target, the best outcome.
     */
    static int bestForOpponent(UtilityTable own, OpponentModel model, double target, int window) {
        int last = own.lastRankAtLeast(target);
        if (last < 0) {
            return own.outcomeAt(0);
        }
        int best = own.outcomeAt(last);
        double bestU = model.utility(best);
        for (int r = last - 1; r >= 0 && r > last - window; r--) {
            int o = own.outcomeAt(r);
            double u = model.utility(o);
            if (u > bestU) {
                best = o;
                bestU = u;
            }
        }
        return best;
    }

    /** Lowest acceptable target: the worst outcome's utility, or the reservation value if higher. */
    static double floor(UtilityTable own) {
        return Math.max(own.worst(), own.reservationValue());
    }
}
