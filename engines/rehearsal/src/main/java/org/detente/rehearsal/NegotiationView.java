package org.detente.rehearsal;

/**
 * What an agent sees on its turn under alternating offers: what every party sees ({@link PartyView})
 * and the history of offers. Valid for the duration of the call it is passed to.
 */
public interface NegotiationView extends PartyView {
    /** The offers made so far. */
    OfferHistory history();

    /** The standing offer's outcome index, or -1 on the very first turn. */
    long standingOffer();

    /** The party that made the standing offer, or -1 when there is none. */
    int standingProposer();
}
