package org.detente.rehearsal;

/**
 * What an agent sees on its turn: its own preferences, the timeline and the history of offers —
 * never another party's preferences. Valid for the duration of the call it is passed to.
 */
public interface NegotiationView {
    /** This agent's party index (its place in the turn order). */
    int me();

    /** Number of parties at the table. */
    int parties();

    /** This agent's own preferences, with its utilities pre-sorted. */
    UtilityTable own();

    /** The session's deadline (rounds, or time on a clock). */
    Deadline deadline();

    /** Normalised time in [0, 1): the share of the deadline used up. */
    double time();

    /** Current round, 0-based; every party acts once per round. */
    int round();

    /** The offers made so far. */
    OfferHistory history();

    /** The standing offer's outcome index, or -1 on the very first turn. */
    long standingOffer();

    /** The party that made the standing offer, or -1 when there is none. */
    int standingProposer();
}
