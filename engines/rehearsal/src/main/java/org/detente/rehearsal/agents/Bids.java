package org.detente.rehearsal.agents;

import org.detente.rehearsal.UtilityTable;
import org.detente.rehearsal.boa.OpponentModel;

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
        return last < 0 ? own.outcomeAt(0) : bestForOpponent(own, model, Math.max(0, last - window + 1), last);
    }

    /**
     * Among the outcomes of own ranks {@code [from, to]}, the one the model rates best for the other
     * side (ties to the higher rank number, the one worth less to this party).
     */
    static int bestForOpponent(UtilityTable own, OpponentModel model, int from, int to) {
        int best = own.outcomeAt(to);
        double bestU = model.utility(best);
        for (int r = to - 1; r >= from; r--) {
            int o = own.outcomeAt(r);
            double u = model.utilityAbove(o, bestU);
            if (u > bestU) {
                best = o;
                bestU = u;
            }
        }
        return best;
    }

    /**
     * The at most {@code capacity} outcomes of own ranks {@code [from, to]} the model rates best for
     * the other side, best first (ties in rank order): written into {@code top}, their ratings into
     * {@code rating} (both at least {@code capacity} long).
     *
     * @return how many were written
     */
    static int topRated(UtilityTable own, OpponentModel model, int from, int to, int[] top, double[] rating,
                        int capacity) {
        int size = 0;
        for (int r = from; r <= to; r++) {
            int o = own.outcomeAt(r);
            double m = model.utility(o);
            int k = size;
            if (k == capacity) {
                if (m <= rating[capacity - 1]) {
                    continue;
                }
                k = capacity - 1;
            } else {
                size++;
            }
            while (k > 0 && rating[k - 1] < m) {
                rating[k] = rating[k - 1];
                top[k] = top[k - 1];
                k--;
            }
            rating[k] = m;
            top[k] = o;
        }
        return size;
    }

    /**
     * Own utility at the believed Nash point: the outcome maximising {@code (u − floor) · m}, where
     * {@code m} is the model's estimate for the other side, among the outcomes worth at least
     * {@code floor} to this party. Beyond its best {@code limit} outcomes the sweep samples evenly
     * spaced ranks, so its cost is bounded by about {@code 2 · limit} estimates. The best utility when
     * no outcome reaches the floor.
     */
    static double nashOwn(UtilityTable own, OpponentModel model, double floor, int limit) {
        int n = own.ranks();
        int stride = Math.max(1, (n - limit) / limit);
        double bestProduct = Double.NEGATIVE_INFINITY;
        double nash = own.best();
        for (int r = 0; r < n; r = r < limit ? r + 1 : r + stride) {
            double u = own.utilityAt(r);
            if (u < floor) {
                break;
            }
            double product = (u - floor) * model.utility(own.outcomeAt(r));
            if (product > bestProduct) {
                bestProduct = product;
                nash = u;
            }
        }
        return nash;
    }

    /** The discount factor of these preferences, 1 when it is outside (0, 1) (no discounting). */
    static double discount(UtilityTable own) {
        double d = own.preferences().discountFactor();
        return d > 0 && d < 1 ? d : 1;
    }

    /** Lowest acceptable target: the worst outcome's utility, or the reservation value if higher. */
    static double floor(UtilityTable own) {
        return Math.max(own.worst(), own.reservationValue());
    }
}
