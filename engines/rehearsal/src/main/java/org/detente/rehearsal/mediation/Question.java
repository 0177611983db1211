package org.detente.rehearsal.mediation;

/**
 * What the mediator puts to every party in a round: a draft to compare with the current text, or
 * a text to sign. Outcomes are indices of the scenario's outcome space.
 */
public sealed interface Question permits Question.Draft, Question.Ballot {
    /** The text the question is about. */
    long text();

    /**
     * Is {@code text} better or worse for you than {@code current}? Answered with an
     * {@link Answer.Comparison}.
     *
     * @param text    the draft
     * @param current the current single text
     */
    record Draft(long text, long current) implements Question {
    }

    /**
     * Will you sign {@code text}? Answered with an {@link Answer.Vote}; the parties agree when every
     * one accepts.
     *
     * @param text the text put to the vote
     */
    record Ballot(long text) implements Question {
    }
}
