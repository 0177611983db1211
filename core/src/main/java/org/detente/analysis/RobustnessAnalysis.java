package org.detente.analysis;

import java.util.List;
import java.util.Optional;

import org.detente.model.Outcome;

/**
 * How a plan holds up against what we do not know about the counterpart: for each candidate
 * package, the probability that the counterpart accepts it and our expected utility; the plan
 * (opening, target, walk-away); and the beliefs that cost the plan most if wrong.
 *
 * @param us          our party
 * @param counterpart the party profiled
 * @param samples     sampled counterparts
 * @param seed        the seed
 * @param reservation our reservation value
 * @param candidates  every candidate, in the order given
 * @param plan        the plan, or empty when no candidate is viable (see {@link Plan})
 * @param risks       the uncertain beliefs, costliest first
 * @param gestures    what each of our gestures to the counterpart, made beside the target, does to
 *                    it; then, when more than one helps, those that help together (empty without a plan)
 */
public record RobustnessAnalysis(String us, String counterpart, int samples, long seed, double reservation,
                                 List<Result> candidates, Optional<Plan> plan, List<BeliefRisk> risks,
                                 List<GestureEffect> gestures) {
    /** Copies the lists. */
    public RobustnessAnalysis {
        candidates = List.copyOf(candidates);
        risks = List.copyOf(risks);
        gestures = List.copyOf(gestures);
    }

    /**
     * The target offered with gestures beside it: the counterpart's utility rises by their value in
     * every sample, ours falls by their cost.
     *
     * @param gestures        the gestures' names
     * @param cost            their total cost to us
     * @param value           their total value to the counterpart
     * @param pAccept         the target's P(accept) with them
     * @param expectedUtility {@code RV + pAccept·(u − cost − RV)} for the target (RV if it is not viable)
     * @param gain            that minus the target's expected utility without them
     */
    public record GestureEffect(List<String> gestures, double cost, double value, double pAccept,
                                double expectedUtility, double gain) {
        /** Copies the list. */
        public GestureEffect {
            gestures = List.copyOf(gestures);
        }
    }

    /**
     * A package to examine.
     *
     * @param source  where it comes from ("frontier", "ratifiable frontier", "deal: status quo", …)
     * @param outcome the package
     */
    public record Candidate(String source, Outcome outcome) {
        /** @throws NullPointerException if an argument is null */
        public Candidate {
            java.util.Objects.requireNonNull(source, "source");
            java.util.Objects.requireNonNull(outcome, "outcome");
        }
    }

    /**
     * One candidate's figures.
     *
     * @param candidate      the package
     * @param ourUtility     our utility of it (known: our own preferences)
     * @param ours           whether we can sign it: our utility reaches our reservation value, no red
     *                       line of ours is crossed, and every one of our ratifiers accepts it
     * @param ratifiedThere  whether every ratifier of the counterpart accepts it (and, in a case of
     *                       more than two parties, every other party accepts it by its stated
     *                       preferences and all its ratifiers accept it)
     * @param pAccept        the share of sampled counterparts that accept it: the sampled utility
     *                       reaches the sampled reservation value, and no believed red line is
     *                       crossed (each sample holds the believed red lines real with probability
     *                       equal to the profile's credibility)
     * @param expectedUtility {@code RV + pAccept·(u − RV)} when the package is viable ({@code ours}
     *                       and {@code ratifiedThere}), else our reservation value: an agreement that
     *                       cannot be signed or ratified is no agreement
     */
    public record Result(Candidate candidate, double ourUtility, boolean ours, boolean ratifiedThere,
                         double pAccept, double expectedUtility) {
        /** Whether a deal on it is possible at all: we can sign it and both sides can ratify it. */
        public boolean viable() {
            return ours && ratifiedThere;
        }

        /** Standard error of {@code pAccept} for {@code n} samples. */
        public double standardError(int n) {
            return Math.sqrt(pAccept * (1 - pAccept) / n);
        }
    }

    /**
     * The recommended plan, chosen among the viable candidates.
     *
     * <ul>
     * <li><b>target</b>: the viable candidate with the highest expected utility (ties: higher own
     *     utility, then the earlier candidate);</li>
     * <li><b>opening</b>: the viable candidate best for us among those at least as good for us as
     *     the target and accepted with probability at least the opening floor (the target itself
     *     when none is better);</li>
     * <li><b>walk-away</b>: the viable candidate most likely to be accepted (ties: higher own
     *     utility): the last offer worth making before taking the alternative. Below its utility,
     *     no candidate is both better than our alternative and likelier to be accepted.</li>
     * </ul>
     * By construction our utility of opening ≥ target ≥ walk-away.
     *
     * @param opening  the first offer
     * @param target   the aim
     * @param walkAway the last offer before walking away
     */
    public record Plan(Result opening, Result target, Result walkAway) {
    }

    /**
     * What one uncertain belief costs the plan if it is wrong: the belief held at each end of its
     * range (every other belief still sampled, with the same random numbers), and the target's
     * expected utility there.
     *
     * @param belief         which belief ("weight of inspections", "reservation value", …)
     * @param low            its lowest value (clipped to [0, 1])
     * @param high           its highest value (clipped to [0, 1])
     * @param targetAtLow    the target's expected utility with the belief held at {@code low}
     * @param targetAtHigh   the same at {@code high}
     * @param drop           the target's expected utility minus the smaller of the two: what the
     *                       plan loses if the belief is wrong the bad way
     * @param regret         at that bad end, the best viable candidate's expected utility minus the
     *                       target's: what a better plan would have saved
     * @param betterAtWorst  the candidate that would have been best at that end (may be the target)
     */
    public record BeliefRisk(String belief, double low, double high, double targetAtLow, double targetAtHigh,
                             double drop, double regret, Candidate betterAtWorst) {
    }
}
