package org.detente.rehearsal.boa;

import org.detente.rehearsal.NegotiationView;

/**
 * Decides whether to accept the standing offer. The classic conditions (Baarslag et al.) and their
 * combinations: {@link #next(double, double)}, {@link #constant(double)}, {@link #time(double)},
 * {@link #and(AcceptanceStrategy)}, {@link #or(AcceptanceStrategy)}.
 */
@FunctionalInterface
public interface AcceptanceStrategy {
    /**
     * Whether to accept.
     *
     * @param view      the negotiation as this agent sees it
     * @param offer     the standing offer
     * @param nextOffer what this agent would offer instead
     */
    boolean accept(NegotiationView view, long offer, long nextOffer);

    /** AC_next(a, b): accept when {@code a · u(offer) + b ≥ u(next offer)}. */
    static AcceptanceStrategy next(double a, double b) {
        return (v, offer, next) -> a * v.own().utility(offer) + b >= v.own().utility(next);
    }

    /** AC_next(1, 0), GENIUS's default for time-dependent agents. */
    static AcceptanceStrategy next() {
        return next(1, 0);
    }

    /** AC_const(α): accept when {@code u(offer) ≥ α}. */
    static AcceptanceStrategy constant(double alpha) {
        return (v, offer, next) -> v.own().utility(offer) >= alpha;
    }

    /** AC_time(T): accept anything once normalised time reaches {@code T}. */
    static AcceptanceStrategy time(double t) {
        return (v, offer, next) -> v.time() >= t;
    }

    /** Accept only when both accept. */
    default AcceptanceStrategy and(AcceptanceStrategy other) {
        return (v, offer, next) -> accept(v, offer, next) && other.accept(v, offer, next);
    }

    /** Accept when either accepts. */
    default AcceptanceStrategy or(AcceptanceStrategy other) {
        return (v, offer, next) -> accept(v, offer, next) || other.accept(v, offer, next);
    }
}
