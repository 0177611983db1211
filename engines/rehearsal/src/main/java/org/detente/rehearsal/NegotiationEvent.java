package org.detente.rehearsal;

/** What happens in a session, in order, for listeners (a trace, a live display). */
public sealed interface NegotiationEvent {
    /** Round in which it happened. */
    int round();

    /**
     * A party made an offer.
     *
     * @param round   round
     * @param party   who offered
     * @param outcome outcome index
     * @param time    normalised time
     */
    record OfferMade(int round, int party, long outcome, double time) implements NegotiationEvent {
    }

    /**
     * A party accepted the standing offer.
     *
     * @param round round
     * @param party who accepted
     */
    record Accepted(int round, int party) implements NegotiationEvent {
    }

    /**
     * Everyone accepted.
     *
     * @param round   round
     * @param outcome the agreed outcome's index
     */
    record Agreement(int round, long outcome) implements NegotiationEvent {
    }

    /**
     * A party walked away.
     *
     * @param round round
     * @param party who walked away
     */
    record WalkedAway(int round, int party) implements NegotiationEvent {
    }

    /**
     * The deadline passed.
     *
     * @param round round
     */
    record DeadlineReached(int round) implements NegotiationEvent {
    }

    /**
     * A party forfeited (or, in a single-text session, the mediator: party −1).
     *
     * @param round  round
     * @param party  who, or −1 for the mediator
     * @param reason why, in words
     */
    record Forfeited(int round, int party, String reason) implements NegotiationEvent {
    }
}
