package org.detente.analysis;

import java.math.BigInteger;
import java.util.List;

/**
 * Two-level acceptability (Putnam): each party's win-set, the packages ratifiable on every side,
 * and how much ratification shrinks the ZOPA.
 *
 * @param computed         whether the counts were computed; false when the domain has more outcomes
 *                         than the enumeration limit (then {@code note} says so and every count is null)
 * @param note             how the counts were obtained, or why they were not
 * @param outcomes         outcomes of the domain
 * @param zopa             packages every party accepts (RVs and red lines): the ZOPA
 * @param ratifiable       packages in every party's win-set: the ZOPA after ratification
 * @param winSets          one per party, in the case's order
 * @param ratifiableFrontier the Pareto frontier of the ratifiable packages (one point per distinct
 *                         utility vector, first party's utility descending)
 */
public record TwoLevelAnalysis(boolean computed, String note, BigInteger outcomes, BigInteger zopa,
                               BigInteger ratifiable, List<WinSet> winSets, List<Point> ratifiableFrontier) {
    /** Copies the lists. */
    public TwoLevelAnalysis {
        winSets = List.copyOf(winSets);
        ratifiableFrontier = List.copyOf(ratifiableFrontier);
    }

    /** Packages of the ZOPA that ratification removes; null when not computed. */
    public BigInteger zopaLost() {
        return computed ? zopa.subtract(ratifiable) : null;
    }

    /** Share of the ZOPA that ratification removes (0 when the ZOPA is empty); NaN when not computed. */
    public double zopaShrink() {
        if (!computed) {
            return Double.NaN;
        }
        return zopa.signum() == 0 ? 0 : zopaLost().doubleValue() / zopa.doubleValue();
    }

    /** ZOPA as a share of all outcomes; NaN when not computed. */
    public double zopaShare() {
        return computed ? zopa.doubleValue() / outcomes.doubleValue() : Double.NaN;
    }

    /** Ratifiable packages as a share of all outcomes; NaN when not computed. */
    public double ratifiableShare() {
        return computed ? ratifiable.doubleValue() / outcomes.doubleValue() : Double.NaN;
    }
}
