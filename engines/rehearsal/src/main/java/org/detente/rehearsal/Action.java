package org.detente.rehearsal;

/**
 * What a party does on its turn: accept the standing offer, make a counter-offer, or walk away.
 */
public sealed interface Action permits Offer, Accept, EndNegotiation {
}
