package org.detente.analysis;

import java.math.BigInteger;
import java.util.List;

/**
 * The "zoom out" view of a negotiation: the agreement space, its Pareto frontier, the solution
 * points, how opposed the parties are, the ZOPA and the trade-offs.
 *
 * @param parties             party names, in order
 * @param outcomes            exact number of outcomes of the domain
 * @param agreementOutcomes   outcomes that no red line refuses (the space analysed)
 * @param reservation         reservation values used, per party
 * @param frontier            the Pareto frontier of the agreement space, one point per distinct
 *                            utility vector (vectors within 1e-9 in every component are one point),
 *                            sorted by the first party's utility descending
 * @param frontierMethod      how the frontier was found ({@link #frontierMethodText()} says it in words)
 * @param solutions           Nash, Kalai–Smorodinsky, egalitarian, max welfare, GENIUS's Kalai
 * @param opposition          GENIUS's opposition: the smallest distance of any outcome's utility
 *                            vector to (1, …, 1); NaN when the agreement space is empty
 * @param anlOpposition       the ANL league's opposition: the distance of GENIUS's Kalai point to
 *                            (1, …, 1); NaN when the agreement space is empty
 * @param zopa                the zone of possible agreement, or why it was not counted (a space beyond
 *                            the enumeration limit that no method counts without enumerating)
 * @param tradeOffs           single-issue concessions ranked by gain to the others per unit of cost
 *                            (linear additive parties only; empty otherwise)
 */
public record Analysis(List<String> parties, BigInteger outcomes, BigInteger agreementOutcomes,
                       List<Double> reservation, List<Point> frontier, FrontierSource frontierMethod,
                       Solutions solutions, double opposition, double anlOpposition, Computed<Zopa> zopa,
                       List<TradeOff> tradeOffs) {

    /** Copies the lists. */
    public Analysis {
        parties = List.copyOf(parties);
        reservation = List.copyOf(reservation);
        frontier = List.copyOf(frontier);
        tradeOffs = List.copyOf(tradeOffs);
    }

    /** How the frontier was found, in words: "enumerated (1200 outcomes)", "additive merge (exact, no enumeration)", … */
    public String frontierMethodText() {
        return frontierMethod.describe(agreementOutcomes);
    }

    /**
     * The frontier points inside the ZOPA: those every party prefers to its alternative
     * ({@code uᵢ ≥ RVᵢ}, the rule of {@link Solutions}), in the frontier's order.
     */
    public List<Point> frontierInZopa() {
        double[] rv = new double[reservation.size()];
        for (int p = 0; p < rv.length; p++) {
            rv[p] = reservation.get(p);
        }
        return frontier.stream().filter(f -> Solutions.rational(f, rv)).toList();
    }
}
