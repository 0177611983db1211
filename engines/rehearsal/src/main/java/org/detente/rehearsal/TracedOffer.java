package org.detente.rehearsal;

import java.util.List;

/**
 * One offer of a session, with every party's (undiscounted) utility of it.
 *
 * @param round     round
 * @param party     who offered (−1: the mediator, in a single-text session)
 * @param outcome   outcome index
 * @param time      normalised time
 * @param utilities every party's utility, in party order
 */
public record TracedOffer(int round, int party, long outcome, double time, List<Double> utilities) {
    /** Copies the list. */
    public TracedOffer {
        utilities = List.copyOf(utilities);
    }
}
