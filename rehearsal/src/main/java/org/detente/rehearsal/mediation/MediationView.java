package org.detente.rehearsal.mediation;

import org.detente.rehearsal.Deadline;
import org.detente.rehearsal.UtilityTable;

/**
 * What a party sees when the mediator asks it something: its own preferences and the timeline —
 * never another party's preferences or answers. Valid for the duration of the call it is passed to.
 */
public interface MediationView {
    /** This party's index. */
    int me();

    /** Number of parties. */
    int parties();

    /** This party's own preferences. */
    UtilityTable own();

    /** The session's deadline. */
    Deadline deadline();

    /** Normalised time in [0, 1). */
    double time();

    /** Current round, 0-based: one question to every party per round. */
    int round();
}
