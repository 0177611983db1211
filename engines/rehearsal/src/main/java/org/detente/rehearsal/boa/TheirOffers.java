package org.detente.rehearsal.boa;

import java.util.Objects;
import java.util.function.ToDoubleFunction;

import org.detente.rehearsal.NegotiationView;
import org.detente.rehearsal.OfferHistory;
import org.detente.rehearsal.UtilityTable;

/**
 * What an agent has seen of the other parties' offers. At the start of its turn the agent calls
 * {@link #observe}: every offer another party made since its last turn goes, in order, to the
 * agent's model of them and to its listener, and the best of them for the agent so far is kept
 * (compared with the best before it, so each offer costs the same however many came before).
 */
public final class TheirOffers {
    /** What an agent notes of each offer of another party, besides its model. */
    @FunctionalInterface
    public interface Listener {
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
    private final ToDoubleFunction<UtilityTable> floorOf;
    private final Listener listener;
    private int seen;
    private long best = -1;
    private double bestUtility;
    private UtilityTable flooredTable;
    private double floor = Double.NEGATIVE_INFINITY;

    /** Offers for {@code model} alone; the best kept is the best the agent's red lines permit. */
    public TheirOffers(OpponentModel model) {
        this(model, own -> Double.NEGATIVE_INFINITY, NONE);
    }

    /**
     * @param model    what the agent learns the others with
     * @param floor    the least the best kept must be worth to the agent, given its utilities (worked
     *                 out once a session)
     * @param listener what the agent notes of each offer
     */
    public TheirOffers(OpponentModel model, ToDoubleFunction<UtilityTable> floor, Listener listener) {
        this.model = Objects.requireNonNull(model, "model");
        this.floorOf = Objects.requireNonNull(floor, "floor");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Reads the offers of the others made since the last call; whether there was any. */
    public boolean observe(NegotiationView view) {
        UtilityTable own = view.own();
        if (own != flooredTable) {
            floor = floorOf.applyAsDouble(own);
            flooredTable = own;
        }
        OfferHistory h = view.history();
        boolean any = false;
        for (int n = h.size(); seen < n; seen++) {
            if (h.party(seen) != view.me()) {
                long o = h.outcome(seen);
                double u = own.utility(o);
                model.observe(o, h.time(seen));
                listener.offered(o, u, h.time(seen));
                if (own.permits(o) && u >= floor && (best < 0 || u > bestUtility)) {
                    best = o;
                    bestUtility = u;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * The best offer of the others for the agent so far: one its red lines permit (and worth at least
     * its floor); -1 if none.
     */
    public long best() {
        return best;
    }
}
