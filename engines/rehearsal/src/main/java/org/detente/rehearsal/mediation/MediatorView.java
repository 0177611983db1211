package org.detente.rehearsal.mediation;

import org.detente.model.OutcomeSpace;

/**
 * What the mediator sees: the outcome space, the timeline, and every party's answer to its last
 * question — never a party's preferences. Valid for the duration of the call it is passed to.
 */
public interface MediatorView {
    /** Number of parties. */
    int parties();

    /** The outcome space the texts are drawn from. */
    OutcomeSpace space();

    /** Current round, 0-based. */
    int round();

    /** Normalised time in [0, 1). */
    double time();

    /** Whether this round is the last before the deadline. */
    boolean lastRound();

    /** The question of the previous round, or null in round 0. */
    Question last();

    /** Party {@code p}'s answer to {@link #last()} (valid when it is not null). */
    Answer answer(int p);
}
