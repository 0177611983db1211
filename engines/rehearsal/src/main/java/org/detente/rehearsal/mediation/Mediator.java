package org.detente.rehearsal.mediation;

/**
 * The neutral third party of a single-text negotiation: each round it puts one question — a draft
 * or a ballot — to every party, having heard their answers to the previous one. One instance per
 * session; it may keep what it has learned between rounds.
 */
@FunctionalInterface
public interface Mediator {
    /**
     * The next question.
     *
     * @param view the previous round's answers and the timeline
     * @return a question whose text is a valid outcome index
     */
    Question next(MediatorView view);
}
