package org.detente.rehearsal.agents;

import java.util.BitSet;
import java.util.random.RandomGenerator;

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
 * Atlas3, after Mori and Ito (ANAC 2015, multilateral; "Atlas3: a negotiating agent based on expecting
 * lower limit of concession function", in Modern Approaches to Agent-based Complex Automated
 * Negotiation, 2017). It concedes toward the utility it expects from the last moment of the
 * negotiation, worked out as a small game, and spends that last moment offering back what the others
 * supported.
 *
 * <p>The last moment is a two-by-two game where each side either holds out or gives in. Holding out
 * against holding out ends in no agreement ({@code rv·δ}); holding out against giving in gets its best
 * ({@code u*·δ}); giving in gets {@code C·δ}, where C is the best utility to it among the outcomes
 * every other party supported (offered, or accepted when offered by another) — in a bilateral session,
 * the best the other side offered — or {@code rv·δ} when C is below the reservation value; both giving in
 * is a coin toss between the two. The other side's evolutionarily stable probability q of giving in
 * gives the expected utility {@code E = q·A21 + (1 − q)·A22} of that moment, and the lower limit of its
 * concession is {@code L = E/δ^t}. Its threshold falls linearly from its best to L over the session
 * (δ = 1), or as {@code max(u* − t/δ, L)} under discounting. It accepts an offer meeting the
 * threshold and walks away when its discounted reservation value exceeds it. It offers the least
 * good outcome meeting the threshold, then, issue by issue in random order, moves it to the value the
 * others offered most often when that does not lower its own utility. Once no more turns remain than
 * the supported outcomes it holds (plus one), it offers those outcomes in turn, best for it first, as
 * long as each beats the standing offer and its reservation value, and accepts the standing offer when
 * it beats its reservation value and the list has nothing better.
 *
 * <p>Works with any number of parties under the stacked alternating offers protocol: with more than
 * two, an outcome counts as supported when the party that offered it and every party since accepted
 * it (seen on this agent's turn). Departures from the original: the outcome meeting the threshold is
 * found exactly in its sorted utilities (the original searches the neighbourhood of a random outcome and
 * anneals); the frequencies pool every other party's offers ({@link FrequencyModel}); the final phase
 * counts this agent's turns left ({@link Pacing}) instead of estimating the time a round takes;
 * utilities are on its own scale (its best in place of 1); it never offers or accepts below its
 * reservation value.
 */
final class Atlas3 implements Agent {
    private static final double PF = 0.5;
    private final FrequencyModel model;
    private final TheirOffers theirs;
    private final RandomGenerator random;
    private final BitSet supported;
    private final long[] stride;
    private final int[] radix;
    private final int[] issueOrder;
    private final int[] values;
    private int[] popular = new int[16];
    private int popularCount;
    private int finalIndex;

    /**
     * @param own    its own utilities
     * @param model  the frequencies of the others' values
     * @param random its source of randomness
     */
    public Atlas3(UtilityTable own, FrequencyModel model, RandomGenerator random) {
        this.model = java.util.Objects.requireNonNull(model, "model");
        this.random = java.util.Objects.requireNonNull(random, "random");
        this.theirs = new TheirOffers(model);
        this.supported = new BitSet(own.size());
        this.radix = own.space().radix();
        this.stride = new long[radix.length];
        long k = 1;
        for (int i = radix.length - 1; i >= 0; i--) {
            stride[i] = k;
            k *= radix[i];
        }
        this.issueOrder = new int[radix.length];
        this.values = new int[radix.length];
    }

    @Override
    public Action act(NegotiationView view) {
        UtilityTable own = view.own();
        theirs.observe(view);
        long standing = view.standingOffer();
        int n = view.parties();
        boolean canAccept = standing >= 0 && view.standingProposer() != view.me() && own.permits(standing);
        if (canAccept && (view.me() - view.standingProposer() + n) % n == n - 1) {
            support(own, (int) standing);
        }
        double t = view.time();
        double rv = own.reservationValue();
        double offered = canAccept ? own.utility(standing) : Double.NEGATIVE_INFINITY;
        double limit = threshold(own, t);
        double threshold = Math.max(Bids.floor(own), limit);
        if (Pacing.of(view).turnsLeft() <= popularCount + 1) {
            if (finalIndex < popularCount) {
                int c = popular[finalIndex];
                if (own.utility(c) > offered && own.utility(c) > rv) {
                    finalIndex++;
                    return new Offer(c);
                }
                if (offered > rv) {
                    return Accept.INSTANCE;
                }
            } else if (offered >= rv) {
                return Accept.INSTANCE;
            }
            return new Offer(near(own, threshold));
        }
        if (offered >= threshold && offered >= rv) {
            return Accept.INSTANCE;
        }
        if (rv * Math.pow(Bids.discount(own), t) > limit) {
            return EndNegotiation.INSTANCE;
        }
        return new Offer(near(own, threshold));
    }

    /** Adds an outcome every other party supported to the list, kept best first for this agent. */
    private void support(UtilityTable own, int outcome) {
        if (supported.get(outcome) || own.utility(outcome) < Bids.floor(own)) {
            return;
        }
        supported.set(outcome);
        if (popularCount == popular.length) {
            popular = java.util.Arrays.copyOf(popular, popularCount * 2);
        }
        double u = own.utility(outcome);
        int at = popularCount;
        while (at > 0 && own.utility(popular[at - 1]) < u) {
            popular[at] = popular[at - 1];
            at--;
        }
        popular[at] = outcome;
        popularCount++;
        if (at < finalIndex) {
            finalIndex++;
        }
    }

    /** The threshold at time t: from its best down to the expected lower limit of concession (not floored). */
    private double threshold(UtilityTable own, double t) {
        double best = own.best();
        double rv = own.reservationValue();
        double d = Bids.discount(own);
        double c = popularCount > 0 ? own.utility(popular[0]) : own.worst();
        double a11 = rv * d;
        double a12 = best * d;
        double a21 = c >= rv ? c * d : rv * d;
        double a22 = PF * a21 + (1 - PF) * a12;
        double q = 1;
        if (a12 - a22 != 0 && 1 - (a11 - a21) / (a12 - a22) != 0) {
            q = 1 / (1 - (a11 - a21) / (a12 - a22));
        }
        if (q < 0 || q > 1) {
            q = 1;
        }
        double lower = (q * a21 + (1 - q) * a22) / Math.pow(d, t);
        return d == 1 ? lower + (best - lower) * (1 - t) : Math.max(best - t / d, lower);
    }

    /** The least good outcome meeting the threshold, moved toward the others' favourite values where that costs nothing. */
    private long near(UtilityTable own, double threshold) {
        int last = own.lastRankAtLeast(threshold);
        long o = own.outcomeAt(Math.max(0, last));
        own.space().decode(o, values);
        int k = issueOrder.length;
        for (int i = 0; i < k; i++) {
            issueOrder[i] = i;
        }
        for (int i = k - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int x = issueOrder[i];
            issueOrder[i] = issueOrder[j];
            issueOrder[j] = x;
        }
        for (int i : issueOrder) {
            int v = model.favourite(i);
            long moved = o + (v - values[i]) * stride[i];
            if (v != values[i] && own.permits(moved) && own.utility(moved) >= own.utility(o)) {
                o = moved;
                values[i] = v;
            }
        }
        return o;
    }
}
