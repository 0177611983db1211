package org.detente.rehearsal.mediation;

/**
 * A party's answer to the mediator's {@link Question}: a {@link Vote} on a ballot, a
 * {@link Comparison} on a draft. Both are closed sets; every dispatch handles each constant.
 */
public sealed interface Answer permits Answer.Vote, Answer.Comparison {

    /** The answer to a {@link Question.Ballot}: would the party sign the text? */
    enum Vote implements Answer {
        /** It would sign. */
        ACCEPT,
        /** It vetoes the text. */
        REJECT
    }

    /** The answer to a {@link Question.Draft}: the draft against the current text, for this party. */
    enum Comparison implements Answer {
        /** The draft is better. */
        BETTER,
        /** Indifferent. */
        SAME,
        /** The draft is worse. */
        WORSE
    }
}
