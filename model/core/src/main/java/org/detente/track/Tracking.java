package org.detente.track;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.detente.analysis.RobustnessAnalysis.Estimate;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.Outcome;

/**
 * What the offers made so far say: each offer judged with what we now believe, what we believe of
 * the counterpart, the next offer we should make, and what looks wrong.
 *
 * @param offers     every offer of the record, in order
 * @param estimate   our beliefs about the counterpart after all its offers
 * @param next       the recommended next offer, when there is a plan to take it from
 * @param warnings   what looks wrong, in words (may be empty)
 * @param hypotheses hypotheses weighed
 * @param effective  their effective number (1 / Σ p²) after the last reweighting of the annealing:
 *                   how evenly the final sample is weighted
 * @param believed   the counterpart's utility as we now believe it, an additive utility whose value of a
 *                   package is its posterior mean (weights sum to the best package's, below 1)
 */
public record Tracking(List<TrackedOffer> offers, CounterpartEstimate estimate, Optional<Next> next,
                       List<String> warnings, int hypotheses, double effective, LinearAdditiveUtility believed) {
    /** Copies the lists. */
    public Tracking {
        offers = List.copyOf(offers);
        warnings = List.copyOf(warnings);
    }

    /**
     * One offer, judged now.
     *
     * @param by           who made it
     * @param outcome      the package
     * @param time         its normalised time in [0, 1]
     * @param ourUtility   what it is worth to us
     * @param theirUtility what we now believe it is worth to the counterpart
     * @param move         the class of the move from the same side's previous offer (empty for a
     *                     side's first offer)
     */
    public record TrackedOffer(String by, Outcome outcome, double time, double ourUtility, Estimate theirUtility,
                               Optional<Move> move) {
    }

    /**
     * The class of a move, by how it changes the mover's own utility and the other side's
     * (Hindriks, Jonker and Tykhonov's taxonomy of negotiation moves).
     */
    public enum Move {
        /** Worse for the mover, not worse for the other side. */
        CONCESSION,
        /** Better for the mover, not better for the other side. */
        SELFISH,
        /** Better for both. */
        FORTUNATE,
        /** Worse for both (or: not better for the mover, worse for the other). */
        UNFORTUNATE,
        /** The same for the mover, better for the other side. */
        NICE,
        /** No change for either. */
        SILENT;

        /** The class's name in files and on screen: {@code concession}, {@code selfish}, … */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * How the counterpart concedes, fitted to its offers.
     *
     * @param exponent e of the time-dependent family {@code u(t) = a − b·t^(1/e)} that best fits its
     *                 offers' utilities to it (least squares over a grid of e)
     * @param style    the named style nearest to e
     */
    public record Concession(double exponent, Style style) {
    }

    /** A concession style: late, steady or early. */
    public enum Style {
        /** e well below 1: holds out, concedes at the end. */
        BOULWARE,
        /** e near 1. */
        LINEAR,
        /** e well above 1: concedes early. */
        CONCEDER;

        /** The style's name in files and on screen. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One issue as we now believe the counterpart weighs it.
     *
     * @param weight      posterior mean and 90 % interval of its weight (the weights sum to 1)
     * @param prior       the same before any offer
     * @param evaluations posterior mean evaluation of each value, in [0, 1], in value order
     */
    public record IssueEstimate(Estimate weight, Estimate prior, List<Double> evaluations) {
        /** Copies the list. */
        public IssueEstimate {
            evaluations = List.copyOf(evaluations);
        }
    }

    /**
     * What we now believe of the counterpart.
     *
     * @param issues      per issue, in domain order
     * @param reservation its reservation value: posterior mean and 90 % interval
     * @param concession  how it concedes, once it has made at least three offers
     */
    public record CounterpartEstimate(List<IssueEstimate> issues, Estimate reservation,
                                      Optional<Concession> concession) {
        /** Copies the list. */
        public CounterpartEstimate {
            issues = List.copyOf(issues);
        }
    }

    /**
     * The recommended next offer: a step of the plan's concession ladder.
     *
     * @param outcome    the package
     * @param ourUtility what it is worth to us
     * @param pAccept    the probability that the counterpart accepts it, under the updated beliefs
     * @param why        one sentence: the concession and what the counterpart's offers revealed
     */
    public record Next(Outcome outcome, double ourUtility, double pAccept, String why) {
    }
}
