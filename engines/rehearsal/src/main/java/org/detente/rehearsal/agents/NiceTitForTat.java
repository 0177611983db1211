package org.detente.rehearsal.agents;

import java.util.random.RandomGenerator;

import org.detente.rehearsal.Accept;
import org.detente.rehearsal.Action;
import org.detente.rehearsal.Agent;
import org.detente.rehearsal.NegotiationView;
import org.detente.rehearsal.Offer;
import org.detente.rehearsal.OfferHistory;
import org.detente.rehearsal.UtilityTable;
import org.detente.rehearsal.boa.OpponentModel;
import org.detente.rehearsal.boa.TheirOffers;

/**
 * The nice tit-for-tat agent, after Baarslag, Hindriks and Jonker ("A tit for tat negotiation strategy
 * for real-time bilateral negotiations", in Complex Automated Negotiations, 2013; ANAC 2011). It
 * reciprocates the other side's concessions toward the Nash point it believes in, and never retaliates.
 *
 * <p>It measures the other side's concession on its own scale: from the least it got from the other
 * side's opening offers (those in the first 1% of the time) to the best the other side has offered
 * since. It concedes the same share of the way from its best utility to its own utility at the
 * believed Nash point (found with a Bayesian model of the other side, {@link
 * org.detente.rehearsal.models.BayesianModel}, scaled by {@code 1.4 − 0.6·gap} — asking more when the
 * opening gap is small — and kept within [0.5, 1] of its scale), plus a bonus share of the gap still
 * left to Nash: {@code 0.5 − 0.4·δ} under discounting, rising to all of it over the last 9% of the
 * time (15% above 3,000 outcomes). From the outcomes within [0.98·target, target + 0.05] (widened until
 * there are two) it offers one drawn at random among the 3 to 20 the model rates best for the other
 * side — or the other side's best offer, when that is worth as much. It accepts an offer worth at least
 * its next offer; in the last 2% of the time, or on its last turn, it also accepts one that no offer
 * the other side made in the time still left (looking back as far) has beaten, since waiting is then
 * not expected to bring better.
 *
 * <p>Departures from the original: the Nash point is searched over its best 100,000 outcomes and evenly
 * spaced ranks beyond (the original enumerates spaces under 200,000 outcomes and assumes 0.7 above);
 * the candidate band is cut at its {@value #CANDIDATES} outcomes nearest the target; the Bayesian
 * model is the simplified one of this package; with several other parties the model and the measures
 * pool all their offers; utilities are on its own scale; it never offers or accepts below its
 * reservation value.
 */
final class NiceTitForTat implements Agent {
    private static final double OPENING = 0.01;
    private static final int SWEEP = 100_000;
    private static final int CANDIDATES = 2000;
    private static final int TOP = 20;
    private final OpponentModel model;
    private final TheirOffers theirs;
    private final RandomGenerator random;
    private final int[] top = new int[TOP];
    private final double[] topRating = new double[TOP];
    private double openingMin = Double.NaN;
    private double nash = Double.NaN;
    private double nashAt = -1;
    private boolean fresh;

    /**
     * @param model  what it learns the other side's preferences with
     * @param random its source of randomness
     */
    public NiceTitForTat(OpponentModel model, RandomGenerator random) {
        this.model = java.util.Objects.requireNonNull(model, "model");
        this.random = java.util.Objects.requireNonNull(random, "random");
        this.theirs = new TheirOffers(model, Bids::floor, (o, u, time) -> {
            if (Double.isNaN(openingMin) || time <= OPENING) {
                openingMin = Double.isNaN(openingMin) ? u : Math.min(openingMin, u);
            }
        });
    }

    @Override
    public Action act(NegotiationView view) {
        UtilityTable own = view.own();
        if (theirs.observe(view)) {
            fresh = true;
        }
        if (Double.isNaN(openingMin)) {
            return new Offer(own.outcomeAt(0));
        }
        double t = view.time();
        if (fresh && (nashAt < 0 || t - nashAt >= 0.05)) {
            double gap = own.best() - openingMin;
            double raw = Bids.nashOwn(own, model, Bids.floor(own), SWEEP) * Math.max(0, 1.4 - 0.6 * gap);
            double scale = own.best() - own.worst();
            nash = Math.max(Bids.floor(own), Math.min(own.best(), Math.max(own.worst() + 0.5 * scale, raw)));
            nashAt = t;
            fresh = false;
        }
        long next = plan(own, t);
        long standing = view.standingOffer();
        if (standing >= 0 && view.standingProposer() != view.me() && own.permits(standing)) {
            double u = own.utility(standing);
            if (u >= own.reservationValue() && (u >= own.utility(next)
                    || (t >= 0.98 || Pacing.of(view).lastTurn()) && unbeaten(view, u, t))) {
                return Accept.INSTANCE;
            }
        }
        return new Offer(next);
    }

    /** The target: the other side's concession mirrored toward Nash, plus the bonus; then the offer. */
    private long plan(UtilityTable own, double t) {
        double best = own.best();
        long opponentBest = theirs.best();
        double bestOffered = opponentBest >= 0 ? own.utility(opponentBest) : openingMin;
        double concession = bestOffered - openingMin;
        double room = nash - openingMin;
        double factor = room > 0 ? Math.min(1, Math.max(0, concession / room)) : 1;
        double target = best - factor * (best - nash);
        target -= bonus(own, t) * Math.max(0, target - nash);
        target = Math.max(Bids.floor(own), target);
        long planned = choose(own, target);
        if (opponentBest >= 0 && own.utility(opponentBest) >= own.utility(planned)) {
            return opponentBest;
        }
        return planned;
    }

    private static double bonus(UtilityTable own, double t) {
        double discountBonus = 0.5 - 0.4 * Bids.discount(own);
        double minTime = own.size() > 3000 ? 0.85 : 0.91;
        double timeBonus = t > minTime ? Math.min(1, 20 * (t - minTime)) : 0;
        return Math.max(0, Math.min(1, Math.max(discountBonus, timeBonus)));
    }

    /** From the band around the target, one of the best few for the other side, at random. */
    private long choose(UtilityTable own, double target) {
        double best = own.best();
        double t = Math.min(best, target);
        double min = t * 0.98;
        double max = t + 0.04;
        int from;
        int to = own.lastRankAtLeast(Math.max(min, Bids.floor(own)));
        do {
            max += 0.01;
            from = own.lastRankAtLeast(Math.nextUp(max)) + 1;
        } while (to - from + 1 < 2 && max < best);
        if (to < from) {
            return own.outcomeAt(Math.max(0, to));
        }
        from = Math.max(from, to - CANDIDATES + 1);
        int n = Math.max(3, Math.min(TOP, (int) Math.round((to - from + 1) / 10.0)));
        int size = Bids.topRated(own, model, from, to, top, topRating, n);
        return top[random.nextInt(size)];
    }

    /** Whether no offer the other side made in the last {@code 1 − t} of the time was worth more than u. */
    private static boolean unbeaten(NegotiationView view, double u, double t) {
        OfferHistory h = view.history();
        double since = t - (1 - t);
        UtilityTable own = view.own();
        for (int i = h.size() - 1; i >= 0 && h.time(i) >= since; i--) {
            if (h.party(i) != view.me() && own.utility(h.outcome(i)) > u) {
                return false;
            }
        }
        return true;
    }
}
