package org.detente.rehearsal.agents;

import java.util.Arrays;

import org.detente.rehearsal.Accept;
import org.detente.rehearsal.Action;
import org.detente.rehearsal.Agent;
import org.detente.rehearsal.NegotiationView;
import org.detente.rehearsal.Offer;
import org.detente.rehearsal.UtilityTable;
import org.detente.rehearsal.boa.OpponentModel;
import org.detente.rehearsal.boa.TheirOffers;

/**
 * The prepared negotiator: it knows its own priorities (its pre-sorted utilities), learns the other
 * side's from their offers (an {@link OpponentModel}, frequency by default), works out the Pareto
 * frontier of its beliefs and the Nash point on it, and concedes along that frontier toward Nash.
 *
 * <p>The belief frontier is one sweep of its outcomes from best to worst for itself, keeping each
 * outcome the model rates better for the other side than every outcome before it (beyond its best
 * 100,000 outcomes the sweep samples 100,000 evenly spaced ranks, so its cost is bounded); the Nash
 * point maximises {@code (u − floor)·(û − r̂)}, where {@code r̂}, the other side's reservation value, unknown to
 * it, is estimated by symmetry as its own reservation value's share of its utility range. Both are recomputed whenever 5% of the time has passed and
 * new offers have been seen. Its aspiration falls linearly from its best to N, its own utility at
 * the believed Nash point (never below its reservation value), over the first 10% of the time,
 * holds at N until 90%, then falls linearly toward its reservation value (so that a deal is still
 * reached when its beliefs were wrong); it offers the frontier package that just meets its
 * aspiration. That last fall is paced to the exchanges it has left ({@link Pacing}): it reaches the
 * reservation value at its last offer the other side can still answer, and is spread over at least
 * its last 4 such offers, so that with 10 or 20 rounds it still gets there, in steps.
 * It accepts an offer at least as good as its next one, one at least as good as Nash after 80% of
 * the time, or anything above its reservation value in the last 2% of the time or on its last turn.
 */
final class Strategist implements Agent {
    private static final double RAMP = 0.1;
    private static final double HOLD = 0.9;
    private static final int FINAL_OFFERS = 4;
    private static final int FULL_SWEEP = 100_000;
    private static final int SAMPLES = 100_000;
    private final OpponentModel model;
    private final TheirOffers theirs;
    private int frontierSize;
    private int[] frontier = new int[16];
    private double nashOwn = Double.NaN;
    private double computedAt = -1;
    private boolean fresh = true;

    /** @param model what it learns the other side's priorities with */
    public Strategist(OpponentModel model) {
        this.model = java.util.Objects.requireNonNull(model, "model");
        this.theirs = new TheirOffers(model);
    }

    @Override
    public Action act(NegotiationView view) {
        UtilityTable own = view.own();
        if (theirs.observe(view)) {
            fresh = true;
        }
        double t = view.time();
        if (computedAt < 0 || fresh && t - computedAt >= 0.05) {
            sweep(own);
            computedAt = t;
            fresh = false;
        }
        Pacing pace = Pacing.of(view);
        double aspiration = aspiration(own, t, pace);
        double floor = Math.max(nashOwn, Bids.floor(own));
        long next = onFrontier(own, aspiration);
        long standing = view.standingOffer();
        if (standing >= 0 && view.standingProposer() != view.me() && own.permits(standing)) {
            double u = own.utility(standing);
            boolean lastCall = t >= 0.98 || pace.lastTurn();
            if (u >= own.utility(next) || t >= 0.8 && u >= floor || lastCall && u >= own.reservationValue()) {
                return Accept.INSTANCE;
            }
        }
        return new Offer(next);
    }

    /**
     * Best → believed Nash over the first 10% of the time, Nash until 90%, then down to the floor,
     * reached at its last answerable offer and spread over at least its last {@value #FINAL_OFFERS}.
     */
    private double aspiration(UtilityTable own, double t, Pacing pace) {
        double rv = Bids.floor(own);
        double nash = Math.max(nashOwn, rv);
        double held = t < RAMP ? nash + (own.best() - nash) * (1 - t / RAMP) : nash;
        return rv + (held - rv) * pace.withheld(t, HOLD, FINAL_OFFERS);
    }

    private long onFrontier(UtilityTable own, double aspiration) {
        int choice = frontier[0];
        for (int i = 0; i < frontierSize; i++) {
            if (own.utility(frontier[i]) < aspiration) {
                break;
            }
            choice = frontier[i];
        }
        return choice;
    }

    private void sweep(UtilityTable own) {
        double floor = Bids.floor(own);
        double span = own.best() - own.worst();
        double otherFloor = span > 0 ? Math.min(0.9, Math.max(0, (own.reservationValue() - own.worst()) / span)) : 0;
        double bestOther = Double.NEGATIVE_INFINITY;
        double bestProduct = Double.NEGATIVE_INFINITY;
        frontierSize = 0;
        int n = own.ranks();
        int stride = Math.max(1, (n - FULL_SWEEP) / SAMPLES);
        for (int r = 0; r < n; r = r < FULL_SWEEP ? r + 1 : r + stride) {
            int o = own.outcomeAt(r);
            double u = own.utilityAt(r);
            if (u < floor) {
                break;
            }
            double m = model.utilityAbove(o, bestOther);
            if (m > bestOther) {
                bestOther = m;
                if (frontierSize == frontier.length) {
                    frontier = Arrays.copyOf(frontier, frontierSize * 2);
                }
                frontier[frontierSize++] = o;
                double product = (u - floor) * (m - otherFloor);
                if (product > bestProduct) {
                    bestProduct = product;
                    nashOwn = u;
                }
            }
        }
        if (frontierSize == 0) {
            frontier[frontierSize++] = own.outcomeAt(0);
            nashOwn = own.best();
        }
    }
}
