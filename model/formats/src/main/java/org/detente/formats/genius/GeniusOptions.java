package org.detente.formats.genius;

/**
 * How GENIUS files are read.
 *
 * <p>GENIUS real issues are continuous ranges. By default they are read as continua
 * ({@link org.detente.model.RealIssue} with no step), which analyses that must enumerate refuse.
 * With {@code realIntervals = n > 0} every real range {@code [min, max]} is cut into {@code n}
 * equal intervals, giving the {@code n + 1} values {@code min, min + (max−min)/n, …, max}.
 *
 * <p>GENIUS itself (10.4, {@code IssueReal}) discretises every real issue into
 * {@code fNumberOfDiscretizationSteps = 21} values when it counts bids
 * ({@code getNumberOfPossibleBids}); {@link #GENIUS_REAL_INTERVALS} (20 intervals, 21 values with
 * both bounds included) reproduces that count. (GENIUS's random-bid code spaces those values
 * (max−min)/21 apart from the lower bound, so it never offers the upper bound; we include both
 * bounds.)
 *
 * @param realIntervals number of equal intervals each real range is cut into; 0 keeps real issues
 *                      continuous
 */
public record GeniusOptions(int realIntervals) {

    /** 20 intervals: the 21 values per real issue GENIUS counts. */
    public static final int GENIUS_REAL_INTERVALS = 20;

    /** Real issues stay continuous. */
    public static final GeniusOptions DEFAULT = new GeniusOptions(0);

    /** @throws IllegalArgumentException if {@code realIntervals} is negative */
    public GeniusOptions {
        if (realIntervals < 0) {
            throw new IllegalArgumentException("realIntervals must be 0 (continuous) or positive, was " + realIntervals);
        }
    }

    /** Real issues discretised as GENIUS counts them (21 values each). */
    public static GeniusOptions geniusDiscretisation() {
        return new GeniusOptions(GENIUS_REAL_INTERVALS);
    }
}
