package org.detente.fair;

import java.util.List;

/**
 * An Adjusted Winner division between two parties, A and B.
 *
 * @param shares    one share per item, in the order given
 * @param pointsA   A's points in the end (of its 100)
 * @param pointsB   B's points in the end (of its 100)
 * @param splitItem the one item divided between the parties, or null when none is
 */
public record Division(List<Share> shares, double pointsA, double pointsB, String splitItem) {
    /** Copies the shares. */
    public Division {
        shares = List.copyOf(shares);
    }

    /**
     * One item's division.
     *
     * @param item    the item
     * @param pointsA A's points for the item (scaled to 100 in all)
     * @param pointsB B's points for the item
     * @param toA     the fraction A holds, in [0, 1]; B holds the rest
     */
    public record Share(String item, double pointsA, double pointsB, double toA) {
        /** @throws IllegalArgumentException if the fraction is outside [0, 1] */
        public Share {
            if (!(toA >= 0 && toA <= 1)) {
                throw new IllegalArgumentException("fraction " + toA + " of item '" + item + "' is outside [0, 1]");
            }
        }
    }
}
