package org.detente.analysis;

import java.util.List;

/**
 * The value a given outcome leaves on the table.
 *
 * @param outcome            the outcome examined, with every party's utility
 * @param distanceToFrontier Euclidean distance from its utility vector to the nearest frontier point
 * @param onFrontier         whether it is on the frontier (distance within the tolerance)
 * @param improvements       the frontier outcomes better for every party (post-settlement
 *                           candidates), best first: largest smallest gain, then largest welfare;
 *                           the frontier is that of the agreement space, so no red line refuses them
 * @param crossesRedLines    every red line the outcome crosses, by party in the case's order, then
 *                           in the order the party lists them; empty when it is a possible agreement
 */
public record ValueLeft(Point outcome, double distanceToFrontier, boolean onFrontier, List<Point> improvements,
                        List<RedLineCrossing> crossesRedLines) {
    /** Copies the lists. */
    public ValueLeft {
        improvements = List.copyOf(improvements);
        crossesRedLines = List.copyOf(crossesRedLines);
    }

    /** Whether no red line refuses the outcome (every party could sign it). */
    public boolean possible() {
        return crossesRedLines.isEmpty();
    }
}
