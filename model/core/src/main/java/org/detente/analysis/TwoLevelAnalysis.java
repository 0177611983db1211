package org.detente.analysis;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;

/**
 * Two-level acceptability (Putnam), counted: each party's win-set, the packages ratifiable on every
 * side, and how much ratification shrinks the ZOPA. {@link TwoLevel#analyze} returns it wrapped in
 * {@link Computed}: a domain beyond the enumeration limit is not counted, and the result says why.
 *
 * @param outcomes         outcomes of the domain
 * @param zopa             packages every party accepts (RVs and red lines): the ZOPA
 * @param ratifiable       packages in every party's win-set: the ZOPA after ratification
 * @param winSets          one per party, in the case's order
 * @param ratifiableFrontier the Pareto frontier of the ratifiable packages (one point per distinct
 *                         utility vector, first party's utility descending)
 */
public record TwoLevelAnalysis(BigInteger outcomes, BigInteger zopa, BigInteger ratifiable, List<WinSet> winSets,
                               List<Point> ratifiableFrontier) {
    /** Copies the lists; no count may be null. */
    public TwoLevelAnalysis {
        Objects.requireNonNull(outcomes, "outcomes");
        Objects.requireNonNull(zopa, "zopa");
        Objects.requireNonNull(ratifiable, "ratifiable");
        winSets = List.copyOf(winSets);
        ratifiableFrontier = List.copyOf(ratifiableFrontier);
    }

    /** How the counts were obtained: "enumerated (N outcomes)". */
    public String method() {
        return "enumerated (" + outcomes + " outcomes)";
    }

    /** Packages of the ZOPA that ratification removes. */
    public BigInteger zopaLost() {
        return zopa.subtract(ratifiable);
    }

    /** Share of the ZOPA that ratification removes (0 when the ZOPA is empty). */
    public double zopaShrink() {
        return zopa.signum() == 0 ? 0 : zopaLost().doubleValue() / zopa.doubleValue();
    }

    /** ZOPA as a share of all outcomes. */
    public double zopaShare() {
        return zopa.doubleValue() / outcomes.doubleValue();
    }

    /** Ratifiable packages as a share of all outcomes. */
    public double ratifiableShare() {
        return ratifiable.doubleValue() / outcomes.doubleValue();
    }
}
