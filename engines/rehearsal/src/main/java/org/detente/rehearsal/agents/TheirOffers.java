package org.detente.rehearsal.agents;

import java.util.Objects;

import org.detente.rehearsal.NegotiationView;
import org.detente.rehearsal.OfferHistory;
import org.detente.rehearsal.UtilityTable;
import org.detente.rehearsal.boa.OpponentModel;

/**
 * What an agent has seen of the other parties' offers. At the start of its turn the agent calls
 * {@link #observe}: every offer another party made since its last turn goes, in order, to the
 * agent's model of them and to its listener, and the best of them for the agent so far is kept.
 */
final class TheirOffers {
    /** What an agent notes of each offer of another party, besides its model. */
    @FunctionalInterface
    interface Listener {
        /**
         * @param outcome the offer
         * @param utility its utility to the agent
         * @param time    when it was made (0 to 1)
         */
        void offered(long outcome, double utility, double time);
    }

    private static final Listener NONE = (outcome, utility, time) -> {
    };

    private final OpponentModel model;
    private final boolean floored;
    private final Listener listener;
    private int seen;
    private long best = -1;

    /** Offers for {@code model} alone; the best kept is the best the agent's red lines permit. */
    TheirOffers(OpponentModel model) {
        this(model, false, NONE);
    }

    /**
     * @param model    what the agent learns the others with
     * @param floored  whether the best kept must also reach the agent's floor ({@link Bids#floor})
     * @param listener what the agent notes of each offer
     */
    TheirOffers(OpponentModel model, boolean floored, Listener listener) {
        this.model = Objects.requireNonNull(model, "model");
        this.floored = floored;
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Reads the offers of the others made since the last call; whether there was any. */
    boolean observe(NegotiationView view) {
        UtilityTable own = view.own();
        OfferHistory h = view.history();
        boolean any = false;
        for (int n = h.size(); seen < n; seen++) {
            if (h.party(seen) != view.me()) {
                long o = h.outcome(seen);
                double u = own.utility(o);
                model.observe(o, h.time(seen));
                listener.offered(o, u, h.time(seen));
                if (own.permits(o) && (!floored || u >= Bids.floor(own)) && (best < 0 || u > own.utility(best))) {
                    best = o;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * The best offer of the others for the agent so far: one its red lines permit (and at least its
     * floor if floored); -1 if none.
     */
    long best() {
        return best;
    }
}
