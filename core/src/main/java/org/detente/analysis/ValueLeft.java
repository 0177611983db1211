package org.detente.analysis;

import java.util.List;

/**
 * The value a given outcome leaves on the table.
 *
 * @param outcome            the outcome examined, with every party's utility
 * @param distanceToFrontier Euclidean distance from its utility vector to the nearest frontier point
 * @param onFrontier         whether it is on the frontier (distance within the tolerance)
 * @param improvements       the frontier outcomes better for every party (post-settlement
 *                           candidates), best first: largest smallest gain, then largest welfare
 */
public record ValueLeft(Point outcome, double distanceToFrontier, boolean onFrontier, List<Point> improvements) {
    /** Copies the list. */
    public ValueLeft {
        improvements = List.copyOf(improvements);
    }
}
