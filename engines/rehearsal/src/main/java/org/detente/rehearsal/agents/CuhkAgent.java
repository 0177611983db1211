package org.detente.rehearsal.agents;

import org.detente.rehearsal.Accept;
import org.detente.rehearsal.Action;
import org.detente.rehearsal.Agent;
import org.detente.rehearsal.EndNegotiation;
import org.detente.rehearsal.NegotiationView;
import org.detente.rehearsal.Offer;
import org.detente.rehearsal.UtilityTable;
import org.detente.rehearsal.boa.TheirOffers;
import org.detente.rehearsal.models.FrequencyModel;

/**
 * CUHKAgent, after Hao and Leung (ANAC 2012; "CUHKAgent: an adaptive negotiation strategy for
 * bilateral negotiations over multiple items", in Novel Insights in Agent-based Complex Automated
 * Negotiation, 2014). A tough agent that adapts to the discount factor and to how much the other side
 * moves, and concedes to the other side's best offer only when waiting no longer pays.
 *
 * <p>Its threshold falls from its best utility {@code u*} as {@code u* − (u* − u*·δ^(1−λ))·(t/λ)²}
 * until the non-exploitation point λ, then keeps the discounted value constant
 * ({@code u*·δ^(1−t)}); without discounting (δ = 1) it thus stays at its best. λ grows with δ
 * ({@code λ₀ = 0.08 + 0.92·δ^β}, β = 1.8, 1.5 or 1.2 as δ exceeds 0.75, 0.5 or not) and with the other
 * side's concession degree c, the squared share of distinct outcomes among its last ten offers:
 * {@code λ = λ₀ + 0.1·(1 − λ₀)·c¹⁰}. In an undiscounted space of more than 3,000 outcomes the threshold
 * is instead {@code u* − 0.05} ({@code u* − 0.25} after 98% of the time above 10,000 outcomes). It
 * offers the other side's best offer so far when that meets the threshold, otherwise, among the
 * outcomes above the threshold, the one a frequency model rates best for the other side. It accepts an
 * offer meeting the threshold or worth at least its next offer. When the other side's best offer
 * beats the threshold (or, past λ, its best discounted utility), it accepts an offer within 0.01 of
 * that best, or else offers that best itself — and, should the other side answer with something else
 * near the deadline, accepts it. It walks away when its reservation value meets the threshold or its
 * next offer. In its last four turns it offers the other side's best offer so far when that is worth
 * at least 0.85 of its scale, otherwise the outcome the model rates best between {@code u* − 0.15} and
 * {@code u* − 0.02}; with one answerable offer left, the other side's best.
 *
 * <p>Departures from the original: the end game is paced to the exchanges left ({@link Pacing}: its
 * last four turns, and its last answerable offer) instead of the original's time estimates (past
 * 99.85% of the time, fewer than 5 rounds left), which a round deadline never reaches; the concession
 * degree counts distinct outcomes among the last ten offers (the original counts those offered only
 * once in the whole session); the search above the threshold examines the {@value #CANDIDATES} outcomes
 * nearest it (the original examines all, sampling 20,000 in large spaces), ties going to the one
 * nearer the threshold (the original draws at random); utilities are on the agent's own scale; it never
 * offers or accepts below its reservation value.
 */
final class CuhkAgent implements Agent {
    private static final int CANDIDATES = 1000;
    private static final int HISTORY = 10;
    private final FrequencyModel model;
    private final TheirOffers theirs;
    private final long[] recent = new long[HISTORY];
    private int recentCount;
    private boolean tough;

    /** @param model what it learns the other side's priorities with */
    public CuhkAgent(FrequencyModel model) {
        this.model = java.util.Objects.requireNonNull(model, "model");
        this.theirs = new TheirOffers(model, Bids::floor, (o, u, time) -> recent[recentCount++ % HISTORY] = o);
    }

    @Override
    public Action act(NegotiationView view) {
        UtilityTable own = view.own();
        theirs.observe(view);
        if (recentCount == 0) {
            return new Offer(own.outcomeAt(0));
        }
        long opponentBest = theirs.best();
        double t = view.time();
        double d = Bids.discount(own);
        double lambda = lambda(d);
        double threshold = threshold(own, t, d, lambda);
        Pacing pace = Pacing.of(view);
        boolean lastChance = pace.turnsLeft() <= 4;
        long next = lastChance ? lastChance(own, pace) : toOffer(own, threshold);
        double rv = own.reservationValue();
        boolean walk = rv >= threshold || rv >= own.utility(next) || rv * Math.pow(d, t) > own.best() * d && t > lambda;
        boolean concede = false;
        long standing = view.standingOffer();
        if (standing >= 0 && view.standingProposer() != view.me() && own.permits(standing)) {
            double u = own.utility(standing);
            double bestU = opponentBest >= 0 ? own.utility(opponentBest) : Double.NEGATIVE_INFINITY;
            boolean accept = u >= threshold || u >= own.utility(next);
            if (!accept && (bestU * Math.pow(d, t) > own.best() * d && t > lambda || bestU > threshold)) {
                accept = u >= bestU - 0.01;
                concede = !accept;
            }
            if (accept && u >= rv && (!walk || u > rv) || !walk && lastChance && tough && u >= rv) {
                return Accept.INSTANCE;
            }
        }
        if (walk) {
            return EndNegotiation.INSTANCE;
        }
        if (lastChance) {
            return new Offer(next);
        }
        tough = concede && opponentBest >= 0;
        return new Offer(tough ? opponentBest : next);
    }

    /** The non-exploitation point: later for a larger discount factor and a more conceding opponent. */
    private double lambda(double d) {
        double beta = d > 0.75 ? 1.8 : d > 0.5 ? 1.5 : 1.2;
        double l0 = 0.08 + 0.92 * Math.pow(d, beta);
        int n = Math.min(recentCount, HISTORY);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            boolean repeat = false;
            for (int j = 0; j < i && !repeat; j++) {
                repeat = recent[j] == recent[i];
            }
            distinct += repeat ? 0 : 1;
        }
        double c = Math.pow((double) distinct / HISTORY, 2);
        return Math.min(1, l0 + 0.1 * (1 - l0) * Math.pow(c, 10));
    }

    /** The threshold at time t, never below the floor. */
    private static double threshold(UtilityTable own, double t, double d, double lambda) {
        double best = own.best();
        double th;
        if (d == 1 && own.size() > 3000) {
            th = own.size() > 10_000 && t >= 0.98 ? best - 0.25 : best - 0.05;
        } else if (t <= lambda) {
            double min = best * Math.pow(d, 1 - lambda);
            th = best - (best - min) * Math.pow(t / lambda, 2);
        } else {
            th = best * Math.pow(d, 1 - t);
        }
        return Math.max(Bids.floor(own), th);
    }

    /** The other side's best offer if it meets the threshold; else the model's favourite above it. */
    private long toOffer(UtilityTable own, double threshold) {
        long opponentBest = theirs.best();
        if (opponentBest >= 0 && own.utility(opponentBest) >= threshold) {
            return opponentBest;
        }
        return Bids.bestForOpponent(own, model, threshold, CANDIDATES);
    }

    /** Its last turns: the other side's best if good enough (or if this is its last answerable offer), else a near-best compromise. */
    private long lastChance(UtilityTable own, Pacing pace) {
        double best = own.best();
        double scale = best - own.worst();
        long opponentBest = theirs.best();
        if (opponentBest >= 0 && (pace.offersLeft() <= 1 || own.utility(opponentBest) >= own.worst() + 0.85 * scale)) {
            return opponentBest;
        }
        double floor = Bids.floor(own);
        int hi = own.lastRankAtLeast(Math.max(floor, best - 0.02));
        int lo = own.lastRankAtLeast(Math.max(floor, best - 0.15));
        if (lo < 0) {
            return own.outcomeAt(0);
        }
        int from = Math.max(hi + 1, lo - CANDIDATES + 1);
        return Bids.bestForOpponent(own, model, Math.min(from, lo), lo);
    }
}
