package org.detente.rehearsal.agents;

import org.detente.rehearsal.NegotiationView;
import org.detente.rehearsal.UtilityTable;
import org.detente.rehearsal.boa.BiddingStrategy;
import org.detente.rehearsal.boa.OpponentModel;

/**
 * GENIUS's time-dependent offering (Faratin, Sierra and Jennings; Fatima, Wooldridge and Jennings):
 * at normalised time t the target utility is {@code p(t) = Pmin + (Pmax − Pmin)·(1 − f(t))} with
 * {@code f(t) = k + (1 − k)·t^(1/e)} ({@code f = k} when {@code e = 0}), and the offer is the
 * outcome whose utility is nearest the target (GENIUS's {@code getBidNearUtility}), or, with an
 * opponent model, the outcome the model rates best among the {@code window} outcomes at or just above
 * it. {@code Pmax} is the best utility; {@code Pmin} the worst, raised to the reservation value when
 * that is higher (an offer below it would be irrational). Boulware e = 0.2, Linear 1, Conceder 2,
 * Hardliner 0. Cost per offer: a search in the agent's pre-sorted utilities that starts from its
 * previous answer (targets move little from one turn to the next), so it touches a few cached
 * entries rather than the whole space. One instance per agent: it remembers that answer.
 */
// "exports": it implements a BOA part (rehearsal.boa, not exported); public for rehearsal's tests and the benchmarks
@SuppressWarnings("exports")
public final class TimeDependentBidding implements BiddingStrategy {
    private final double e;
    private final double k;
    private final int window;
    private int hint;

    /**
     * @param e      concession exponent, non-negative
     * @param k      initial concession, in [0, 1]
     * @param window candidates examined when a model is given
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public TimeDependentBidding(double e, double k, int window) {
        if (!(e >= 0) || Double.isInfinite(e) || !(k >= 0 && k <= 1) || window < 1) {
            throw new IllegalArgumentException("time-dependent bidding needs e ≥ 0, k in [0, 1], window ≥ 1; was e="
                    + e + ", k=" + k + ", window=" + window);
        }
        this.e = e;
        this.k = k;
        this.window = window;
    }

    /** The concession exponent. */
    public double e() {
        return e;
    }

    /** The initial concession. */
    public double k() {
        return k;
    }

    /** {@code f(t)}: the share of the range conceded at time t. */
    public double f(double t) {
        if (e == 0) {
            return k;
        }
        return k + (1 - k) * Math.pow(t, 1.0 / e);
    }

    /** Target utility at time t for an agent with these utilities. */
    public double target(UtilityTable own, double t) {
        double max = own.best();
        double min = Bids.floor(own);
        return min + (max - min) * (1 - f(t));
    }

    @Override
    public long nextOffer(NegotiationView view, OpponentModel model) {
        UtilityTable own = view.own();
        double target = target(own, view.time());
        if (model == OpponentModel.NONE) {
            hint = own.rankNearest(target, hint);
            return own.outcomeAt(hint);
        }
        return Bids.bestForOpponent(own, model, target, window);
    }
}
