package org.detente.analysis;

import java.util.List;
import java.util.Optional;

import org.detente.model.Outcome;

/**
 * How a plan holds up against what we do not know about the counterpart: for each candidate
 * package, the probability that the counterpart accepts it and our expected utility; the plan
 * (opening, target, last offer, the concession ladder); and the beliefs that cost the plan most if wrong.
 *
 * @param us          our party
 * @param counterpart the party profiled
 * @param samples     sampled counterparts
 * @param seed        the seed
 * @param reservation our reservation value: what no agreement is worth to us (our alternative)
 * @param theirReservation the counterpart's reservation value as we believe it: what no agreement is
 *                    worth to them (mean and 90 % interval over the samples)
 * @param candidates  every candidate, in the order given (the concession path's packages included,
 *                    source {@value #LADDER})
 * @param plan        the plan, or empty when no candidate is viable (see {@link Plan})
 * @param risks       the uncertain beliefs, costliest first
 * @param gestures    what each of our gestures to the counterpart, made beside the target, does to
 *                    it; then, when more than one helps, those that help together (empty without a plan)
 */
public record RobustnessAnalysis(String us, String counterpart, int samples, long seed, double reservation,
                                 Estimate theirReservation, List<Result> candidates, Optional<Plan> plan, List<BeliefRisk> risks,
                                 List<GestureEffect> gestures) {
    /** The source of the candidates that the concession path adds. */
    public static final String LADDER = "concession ladder";

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
     * A figure we hold as a distribution.
     *
     * @param mean its mean
     * @param low  the 5th percentile
     * @param high the 95th percentile
     */
    public record Estimate(double mean, double low, double high) {
    }

    /**
     * The recommended plan: a concession ladder from the opening to the last offer, each step a
     * package we can sign that both sides can ratify.
     *
     * <p>The ladder is cut from the concession path (see {@link Robustness}): from our best package
     * no stated red line refuses, concessions issue by issue, the best value to the counterpart per
     * unit of cost to us first, never taking one back.
     * <ul>
     * <li><b>target</b>: the viable step with the highest expected utility (ties: higher own
     *     utility);</li>
     * <li><b>opening</b>: the first viable step at least as good for us as the target and accepted
     *     with probability at least the opening floor (the target when there is none);</li>
     * <li><b>last offer</b>: from the target on, the first viable step whose probability of
     *     acceptance is the highest the path reaches: conceding further would not make a deal
     *     likelier, so below it we take our alternative (no agreement, worth our reservation value).</li>
     * </ul>
     * By construction our utility of opening ≥ target ≥ last offer, and per issue our evaluation of the
     * value offered never rises from one step to the next.
     *
     * @param opening   the first offer (the ladder's first step)
     * @param target    the aim (one of the ladder's steps)
     * @param lastOffer the last offer before we walk away (the ladder's last step)
     * @param ladder    the steps from the opening to the last offer
     * @param clips     the issues on which a stated red line keeps the ladder from our best value
     */
    public record Plan(Result opening, Result target, Result lastOffer, List<Step> ladder, List<Clip> clips) {
        /** Copies the lists. */
        public Plan {
            ladder = List.copyOf(ladder);
            clips = List.copyOf(clips);
        }

        /**
         * The role of step {@code k}: "opening", "target", "last offer" (joined by " = " when one step
         * is several), or "" for a step between them.
         */
        public String role(int k) {
            List<String> roles = new java.util.ArrayList<>();
            if (k == 0) {
                roles.add("opening");
            }
            if (ladder.get(k).result().equals(target)) {
                roles.add("target");
            }
            if (k == ladder.size() - 1) {
                roles.add("last offer");
            }
            return String.join(" = ", roles);
        }
    }

    /**
     * One step of the ladder.
     *
     * @param result  the package and its figures
     * @param changes what changes from the previous step (empty for the opening)
     */
    public record Step(Result result, List<Change> changes) {
        /** Copies the list. */
        public Step {
            changes = List.copyOf(changes);
        }
    }

    /**
     * A concession on one issue.
     *
     * @param issue the issue's index
     * @param from  the value left (index)
     * @param to    the value offered (index), worth less to us
     */
    public record Change(int issue, int from, int to) {
        /** The changes in words, e.g. {@code inspections 18 → 16; dataExchange quarterly → semiannual}. */
        public static String describe(org.detente.model.Domain d, List<Change> changes) {
            StringBuilder sb = new StringBuilder();
            for (Change ch : changes) {
                if (!sb.isEmpty()) {
                    sb.append("; ");
                }
                var issue = d.issue(ch.issue());
                sb.append(issue.name()).append(' ').append(issue.label(ch.from())).append(" → ")
                        .append(issue.label(ch.to()));
            }
            return sb.toString();
        }
    }

    /**
     * Where a stated red line keeps the ladder from our best value of an issue.
     *
     * @param issue     the issue's index
     * @param best      our best value (index), which our own red lines allow
     * @param allowed   our best value that no stated red line refuses (index)
     * @param opening   the value the ladder opens with (index)
     * @param refusedBy the parties whose stated red lines refuse {@code best}
     */
    public record Clip(int issue, int best, int allowed, int opening, List<String> refusedBy) {
        /** Copies the list. */
        public Clip {
            refusedBy = List.copyOf(refusedBy);
        }

        /** In words: whose red line refuses our best value, the best it leaves, where the ladder opens. */
        public String describe(org.detente.model.Domain d) {
            var is = d.issue(issue);
            return is.name() + ": our best, " + is.label(best) + ", is refused by " + String.join(" and ", refusedBy)
                    + (refusedBy.size() == 1 ? "'s" : "'") + " stated red line; the best it leaves us is "
                    + is.label(allowed) + (allowed == opening ? ", where the ladder opens."
                    : "; the ladder opens at " + is.label(opening) + ", the most a viable package asks.");
        }
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
