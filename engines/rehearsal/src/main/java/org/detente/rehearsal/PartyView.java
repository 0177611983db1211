package org.detente.rehearsal;

/**
 * What a party sees of a session under any protocol: its own preferences and the timeline — never
 * another party's preferences. Valid for the duration of the call it is passed to.
 */
public interface PartyView {
    /** This party's index (its place in the turn order). */
    int me();

    /** Number of parties at the table. */
    int parties();

    /** This party's own preferences, with its utilities pre-sorted. */
    UtilityTable own();

    /** The session's deadline (rounds, or time on a clock). */
    Deadline deadline();

    /** Normalised time in [0, 1): the share of the deadline used up. */
    double time();

    /** Current round, 0-based; every party acts once per round. */
    int round();
}
