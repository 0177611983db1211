package org.detente.analysis;

import java.util.List;
import java.util.Optional;

/**
 * Everything {@code detente prepare} shows, for one side facing one counterpart: the analysis
 * ("zoom out"), two-level acceptability, the moves ranked, and the plan's robustness.
 *
 * @param us         our party
 * @param counterpart the party we face
 * @param analysis   the analysis of the case
 * @param twoLevel   win-sets, packages ratifiable on every side, the shrinking of the ZOPA
 * @param moves      gestures and trade-offs ranked together, best first
 * @param profiled   whether the case holds our profile of the counterpart (otherwise its stated
 *                   preferences were taken as certain)
 * @param robustness the Monte Carlo over our beliefs about the counterpart; empty when it cannot
 *                   be run ({@code note} says why)
 * @param note       why there is no robustness analysis, or "" when there is one
 */
public record PreparationReport(String us, String counterpart, Analysis analysis, TwoLevelAnalysis twoLevel,
                                List<Move> moves, boolean profiled, Optional<RobustnessAnalysis> robustness,
                                String note) {
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
