package org.detente.analysis;

import java.util.List;
import java.util.Optional;

import org.detente.analysis.RobustnessAnalysis.BeliefRisk;
import org.detente.analysis.RobustnessAnalysis.Estimate;
import org.detente.analysis.RobustnessAnalysis.Plan;
import org.detente.model.NegotiationCase;

/**
 * What a negotiator reads first: what to open with, what to aim for, the last offer before walking
 * away, what no agreement is worth to each side, the best moves we can make, and the belief that
 * costs the plan most if it is wrong. Every figure comes from the {@link PreparationReport}; this
 * record only picks them out, so the brief, {@code prepare} and the web say the same thing.
 *
 * @param plan            the plan (opening, target, last offer, the ladder)
 * @param ourAlternative  what no agreement is worth to us: our reservation value
 * @param theirAlternative what no agreement is worth to the counterpart, as we believe it
 * @param bestMoves       up to {@value #MOVES} of our moves, best value to the others per unit of cost
 *                        to us first (gestures included; acknowledgements carry their disagreement)
 * @param costliestBelief the uncertain belief whose error costs the target most, if any
 */
public record BottomLine(Plan plan, double ourAlternative, Estimate theirAlternative, List<Move> bestMoves,
                         Optional<BeliefRisk> costliestBelief) {
    /** How many moves the bottom line names. */
    public static final int MOVES = 3;

    /** Copies the list. */
    public BottomLine {
        bestMoves = List.copyOf(bestMoves);
    }

    /** The bottom line of a preparation, or empty when it has no plan. */
    public static Optional<BottomLine> of(NegotiationCase c, PreparationReport r) {
        if (!r.robustness().isComputed() || r.robustness().orElseThrow().plan().isEmpty()) {
            return Optional.empty();
        }
        RobustnessAnalysis rob = r.robustness().orElseThrow();
        List<Move> ours = r.movesOf(c, r.us());
        return Optional.of(new BottomLine(rob.plan().get(), rob.reservation(), rob.theirReservation(),
                ours.subList(0, Math.min(MOVES, ours.size())), rob.risks().stream().findFirst()));
    }
}
