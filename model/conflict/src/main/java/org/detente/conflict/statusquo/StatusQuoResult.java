package org.detente.conflict.statusquo;

import java.util.List;

/**
 * The status quo analysis.
 *
 * @param statusQuo            the status quo's state number
 * @param reachableUnilateral  the states reachable by unilateral improvements, ascending (the status
 *                             quo itself included)
 * @param reachableCoalition   the states reachable by coalition improvements, ascending (itself
 *                             included)
 * @param routes               one route per equilibrium (under any concept), ascending by target
 */
public record StatusQuoResult(int statusQuo, List<Integer> reachableUnilateral, List<Integer> reachableCoalition,
                              List<Route> routes) {
    /** Copies the lists. */
    public StatusQuoResult {
        reachableUnilateral = List.copyOf(reachableUnilateral);
        reachableCoalition = List.copyOf(reachableCoalition);
        routes = List.copyOf(routes);
    }
}
