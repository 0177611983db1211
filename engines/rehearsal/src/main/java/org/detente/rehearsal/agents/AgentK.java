package org.detente.rehearsal.agents;

import java.util.BitSet;
import java.util.random.RandomGenerator;

import org.detente.rehearsal.Accept;
import org.detente.rehearsal.Action;
import org.detente.rehearsal.Agent;
import org.detente.rehearsal.NegotiationView;
import org.detente.rehearsal.Offer;
import org.detente.rehearsal.UtilityTable;
import org.detente.rehearsal.boa.OpponentModel;
import org.detente.rehearsal.boa.TheirOffers;

/**
 * AgentK, after Kawaguchi, Fujita and Ito (ANAC 2010; "Compromising strategy based on estimated
 * maximum utility for automated negotiation agents", 2012). It compromises toward the most it
 * expects the other side could still give.
 *
 * <p>It keeps the mean μ and the variance σ² of its own utility of every offer the other side made.
 * Taking those offers as spread uniformly, the width of their spread is {@code d = √(12σ²)} and the
 * most it can expect is {@code emax = μ + (best − μ)·d}. Its aspiration falls from its best toward
 * {@code emax} as {@code best − t^α·(best − emax)}, with {@code α = 1 + τ + 10μ − 2τμ} (τ = 2: the
 * more the other side already gives, the later it concedes), stretched by the ratio of the other
 * side's spread to its own concession, and eased onto {@code emax} as the deadline nears. Two such
 * targets are kept: one for accepting, and one for offering whose exponent is jittered at random by
 * up to ±τ/2 every turn. It accepts with probability {@code t^α/5 + (u − emax) + (u − target)} (0
 * below 0.1). It offers, at random, one of the other side's own earlier offers worth more than its
 * target to it; failing that, an outcome drawn uniformly from those worth at least its offering
 * target.
 *
 * <p>Departures from the original: utilities are on the agent's own scale (its best in place of 1);
 * both targets stop at its reservation value (the original ignores it) and it never accepts below
 * it; the offer is drawn exactly uniformly from the outcomes meeting the target (the original samples
 * random outcomes and lowers the target by 0.01 after every 500 misses); every random draw comes from
 * the session's seed.
 */
final class AgentK implements Agent {
    private static final double TREMOR = 2.0;
    private final RandomGenerator random;
    private final BitSet seenOutcomes;
    private final TheirOffers theirs = new TheirOffers(OpponentModel.NONE, t -> Double.NEGATIVE_INFINITY, this::learn);
    /** Its utilities, for what it learns of each offer. */
    private UtilityTable table;
    private int[] offered = new int[16];
    private int offeredCount;
    private double sum;
    private double sum2;
    private int count;
    private double target = Double.NaN;
    private double bidTarget = Double.NaN;

    /**
     * @param outcomes the size of the outcome space
     * @param random   its source of randomness
     */
    public AgentK(int outcomes, RandomGenerator random) {
        this.random = java.util.Objects.requireNonNull(random, "random");
        this.seenOutcomes = new BitSet(outcomes);
    }

    @Override
    public Action act(NegotiationView view) {
        UtilityTable own = view.own();
        table = own;
        if (Double.isNaN(target)) {
            target = own.best();
            bidTarget = own.best();
        }
        boolean learnt = theirs.observe(view);
        double t = view.time();
        double p = 0;
        long standing = view.standingOffer();
        boolean canAccept = standing >= 0 && view.standingProposer() != view.me() && own.permits(standing);
        if (learnt) {
            double u = canAccept ? own.utility(standing) : Double.NEGATIVE_INFINITY;
            p = retarget(own, t, u);
        }
        if (canAccept && own.utility(standing) >= own.reservationValue() && p > random.nextDouble()) {
            return Accept.INSTANCE;
        }
        return new Offer(select(own));
    }

    /** Notes an offer of the other side's, worth u to it. */
    private void learn(long offer, double u, double time) {
        int outcome = (int) offer;
        sum += u;
        sum2 += u * u;
        count++;
        if (table.permits(outcome) && !seenOutcomes.get(outcome)) {
            seenOutcomes.set(outcome);
            if (offeredCount == offered.length) {
                offered = java.util.Arrays.copyOf(offered, offeredCount * 2);
            }
            offered[offeredCount++] = outcome;
        }
    }

    /** Updates both targets at time t; the probability of accepting an offer worth u (0 without one). */
    private double retarget(UtilityTable own, double t, double u) {
        double best = own.best();
        double floor = Bids.floor(own);
        double mean = sum / count;
        double variance = Math.max(0, sum2 / count - mean * mean);
        double deviation = Math.sqrt(variance * 12);
        double emax = mean + (best - mean) * deviation;
        double alpha = 1 + TREMOR + 10 * mean - 2 * TREMOR * mean;
        double beta = alpha + random.nextDouble() * TREMOR - TREMOR / 2;
        double ease = t * t * t * -300 + 400;
        target = Math.max(floor, ease(best, t, alpha, emax, deviation, ease));
        bidTarget = Math.max(floor, ease(best, t, beta, emax, deviation, ease));
        if (u == Double.NEGATIVE_INFINITY) {
            return 0;
        }
        double p = Math.pow(t, alpha) / 5 + (u - emax) + (u - target);
        return p < 0.1 ? 0 : p;
    }

    /** The target for exponent a: the time curve toward emax, stretched by the spread, eased onto emax. */
    private static double ease(double best, double t, double a, double emax, double deviation, double m) {
        double pre = best - Math.pow(t, a) * (best - emax);
        double ratio = (deviation + 0.1) / (best - pre);
        if (Double.isNaN(ratio) || ratio > 2.0) {
            ratio = 2.0;
        }
        double x = best - ratio * (best - pre);
        if (x <= emax) {
            return emax;
        }
        double r = x - emax;
        double f = 1 / (r * r);
        if (f > m || Double.isNaN(f)) {
            f = m;
        }
        return x - r * f / m;
    }

    /** One of the other side's offers worth more than the target, at random; else a random outcome meeting the offering target. */
    private long select(UtilityTable own) {
        int above = 0;
        for (int i = 0; i < offeredCount; i++) {
            if (own.utility(offered[i]) > target) {
                above++;
            }
        }
        if (above > 0) {
            int k = random.nextInt(above);
            for (int i = 0; i < offeredCount; i++) {
                if (own.utility(offered[i]) > target && k-- == 0) {
                    return offered[i];
                }
            }
        }
        int last = own.lastRankAtLeast(bidTarget);
        return own.outcomeAt(last < 0 ? 0 : random.nextInt(last + 1));
    }
}
