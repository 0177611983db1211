package org.detente.rehearsal;

/**
 * A (counter-)offer: the outcome with this mixed-radix index becomes the standing offer.
 *
 * @param outcome index of the outcome in the domain's outcome space
 */
public record Offer(long outcome) implements Action {
    /** @throws IllegalArgumentException if the index is negative */
    public Offer {
        if (outcome < 0) {
            throw new IllegalArgumentException("outcome index must be non-negative, was " + outcome);
        }
    }
}
