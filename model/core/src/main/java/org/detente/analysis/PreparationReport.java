package org.detente.analysis;

import java.util.List;

/**
 * Everything {@code detente prepare} shows, for one side facing one counterpart: the analysis
 * ("zoom out"), two-level acceptability, the moves ranked, and the plan's robustness.
 *
 * @param us         our party
 * @param counterpart the party we face
 * @param analysis   the analysis of the case
 * @param twoLevel   win-sets, packages ratifiable on every side, the shrinking of the ZOPA; not
 *                   computed beyond the enumeration limit
 * @param moves      gestures and trade-offs ranked together, best first
 * @param profiled   whether the case holds our profile of the counterpart (otherwise its stated
 *                   preferences were taken as certain)
 * @param robustness the Monte Carlo over our beliefs about the counterpart, or why it cannot be run
 */
public record PreparationReport(String us, String counterpart, Analysis analysis, Computed<TwoLevelAnalysis> twoLevel,
                                List<Move> moves, boolean profiled, Computed<RobustnessAnalysis> robustness) {
    /** Copies the list. */
    public PreparationReport {
        moves = List.copyOf(moves);
    }

    /** The moves {@code giver} can make, in the report's order: best value to the others per unit of cost first. */
    public List<Move> movesOf(org.detente.model.NegotiationCase c, String giver) {
        int g = c.partyIndex(giver);
        return moves.stream().filter(m -> m.giver() == g).toList();
    }
}
