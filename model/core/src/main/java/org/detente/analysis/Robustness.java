package org.detente.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;

import org.detente.model.CounterpartProfile;
import org.detente.model.Deal;
import org.detente.model.Gesture;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;
import org.detente.model.Outcome;
import org.detente.model.Party;
import org.detente.analysis.RobustnessAnalysis.BeliefRisk;
import org.detente.analysis.RobustnessAnalysis.Candidate;
import org.detente.analysis.RobustnessAnalysis.Change;
import org.detente.analysis.RobustnessAnalysis.Clip;
import org.detente.analysis.RobustnessAnalysis.GestureEffect;
import org.detente.analysis.RobustnessAnalysis.Plan;
import org.detente.analysis.RobustnessAnalysis.Result;
import org.detente.analysis.RobustnessAnalysis.Step;

/**
 * Robustness of a plan to what we do not know about the counterpart: a seeded Monte Carlo over the
 * beliefs of a {@link CounterpartProfile}.
 *
 * <p>Each sample draws the counterpart's reservation value, then every uncertain weight (issue
 * order), then every uncertain evaluation (issue, then value order), each from its belief truncated
 * to [0, 1]; weights the profile does not mention, and evaluations it does not mention, are the
 * counterpart's stated ones. The sampled weights are normalised to sum 1. A sampled counterpart
 * accepts a package when its utility reaches its reservation value and, in the samples where the
 * believed red lines are real (probability: the profile's credibility), no believed red line is
 * crossed.
 *
 * <p>The plan is a concession ladder ({@link ConcessionPath}) through the candidate with the highest
 * expected utility: concessions issue by issue, the best value to the counterpart per unit of cost
 * to us first — value to them measured by the mean of each value's sampled contribution, from the
 * same samples — never taking one back. Each package of the path is a candidate (source
 * {@value RobustnessAnalysis#LADDER} unless it already was one); opening, target and last offer are cut from it
 * ({@link Plan}).
 *
 * <p>Same seed, same numbers, whatever the thread count: sample i draws from a stream derived from
 * the seed and i alone.
 */
public final class Robustness {
    private Robustness() {
    }

    /**
     * The candidate packages worth testing: the case's deals, the Pareto frontier, and the frontier
     * of the packages ratifiable on every side (when computed); each package once, first source kept.
     */
    public static List<Candidate> candidates(NegotiationCase c, Analysis a, Computed<TwoLevelAnalysis> t) {
        Map<Outcome, Candidate> out = new LinkedHashMap<>();
        for (Deal d : c.deals()) {
            out.putIfAbsent(d.outcome(), new Candidate("deal: " + d.name(), d.outcome()));
        }
        for (Point p : a.frontier()) {
            out.putIfAbsent(p.outcome(), new Candidate("frontier", p.outcome()));
        }
        for (Point p : t.map(TwoLevelAnalysis::ratifiableFrontier).orElse(List.of())) {
            out.putIfAbsent(p.outcome(), new Candidate("ratifiable frontier", p.outcome()));
        }
        return List.copyOf(out.values());
    }

    /**
     * Runs the Monte Carlo for {@code profile}'s holder against the party it describes.
     *
     * @param c          the case (our preferences, ratifiers and the counterpart's stated preferences)
     * @param profile    our beliefs about the counterpart
     * @param candidates the packages to test, at least one
     * @param o          samples, seed, opening floor, threads
     * @return the figures, the plan and the costliest wrong beliefs
     * @throws IllegalArgumentException if a party is unknown, the counterpart's stated preferences
     *                                  are not linear additive, or there is no candidate
     * @throws AnalysisLimitException   if candidates × samples exceeds {@link RobustnessOptions#MAX_EVALUATIONS}
     */
    public static RobustnessAnalysis analyze(NegotiationCase c, CounterpartProfile profile,
                                             List<Candidate> candidates, RobustnessOptions o) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no candidate package to test");
        }
        long work = (long) candidates.size() * o.samples();
        if (work > RobustnessOptions.MAX_EVALUATIONS) {
            throw new AnalysisLimitException(String.format(java.util.Locale.ROOT, "the robustness analysis would test %,d"
                    + " candidate packages against %,d sampled counterparts, %,d evaluations a pass (and several passes);"
                    + " at most %,d a pass: lower --samples to %,d or fewer", candidates.size(), o.samples(), work,
                    RobustnessOptions.MAX_EVALUATIONS, Math.max(1, RobustnessOptions.MAX_EVALUATIONS / candidates.size())));
        }
        int usIndex = c.partyIndex(profile.holder());
        Party us = c.party(usIndex);
        Party them = c.party(c.partyIndex(profile.about()));
        if (!(them.preferences().utility() instanceof LinearAdditiveUtility stated)) {
            throw new IllegalArgumentException("robustness needs linear additive preferences for '" + them.name()
                    + "', the party profiled");
        }
        if (!(us.preferences().utility() instanceof LinearAdditiveUtility own)) {
            throw new IllegalArgumentException("the concession ladder needs linear additive preferences for '"
                    + us.name() + "', the party preparing");
        }
        Viability viability = new Viability(c, us.name(), them.name());
        double rv = us.preferences().reservationValue();
        ForkJoinPool pool = new ForkJoinPool(o.threads());
        try {
            Runs runs = Runs.of(c, us, stated, profile, viability, candidates, pool, o);
            List<Result> first = runs.at(-1, 0);
            List<Result> viable = first.stream().filter(Result::viable).toList();
            MonteCarlo.Believed believed = new MonteCarlo(c.domain(), stated, profile, new int[0][])
                    .believed(o.samples(), o.seed());
            Optional<Plan> plan = Optional.empty();
            List<Result> results = first;
            if (!viable.isEmpty()) {
                double[][] ours = new double[c.domain().size()][];
                for (int i = 0; i < ours.length; i++) {
                    ours[i] = own.contributions(i);
                }
                ConcessionPath.Path path = ConcessionPath.walk(c, usIndex, ours, believed.contributions(),
                        best(viable).candidate().outcome().toArray(), viability::viable, viability::weSign);
                List<Candidate> all = new ArrayList<>(candidates);
                int[] steps = addSteps(all, path);
                // counts are per candidate from the same samples: only the ladder's new packages need a pass
                List<Candidate> added = List.copyOf(all.subList(candidates.size(), all.size()));
                results = new ArrayList<>(first);
                if (!added.isEmpty()) {
                    results.addAll(Runs.of(c, us, stated, profile, viability, added, pool, o).at(-1, 0));
                }
                runs = Runs.of(c, us, stated, profile, viability, all, pool, o);
                List<Result> walked = new ArrayList<>(steps.length);
                for (int k : steps) {
                    walked.add(results.get(k));
                }
                plan = plan(walked, path.clips(), o.openingFloor());
            }
            int target = plan.isEmpty() ? -1 : results.indexOf(plan.get().target());
            List<BeliefRisk> risks = plan.isEmpty() ? List.of()
                    : risks(runs, profile, target, plan.get().target().expectedUtility());
            List<Gesture> offered = c.preparation().gestures().stream()
                    .filter(g -> g.giver().equals(us.name()) && g.receiver().equals(them.name())).toList();
            List<GestureEffect> effects = plan.isEmpty() ? List.of()
                    : gestures(runs, offered, target, plan.get().target());
            return new RobustnessAnalysis(us.name(), them.name(), o.samples(), o.seed(), rv, believed.reservation(),
                    results, plan, risks, effects);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Adds the path's packages to the candidates (each package once: a package already a candidate
     * keeps its first source) and returns, per step, its candidate's index.
     */
    private static int[] addSteps(List<Candidate> all, ConcessionPath.Path path) {
        Map<Outcome, Integer> index = new LinkedHashMap<>();
        for (int k = all.size() - 1; k >= 0; k--) {
            index.put(all.get(k).outcome(), k);
        }
        int[] steps = new int[path.packages().size()];
        for (int s = 0; s < steps.length; s++) {
            steps[s] = index.computeIfAbsent(new Outcome(path.packages().get(s)), x -> {
                all.add(new Candidate(RobustnessAnalysis.LADDER, x));
                return all.size() - 1;
            });
        }
        return steps;
    }

    private static List<Result> results(List<Candidate> candidates, double[] ours, boolean[] sign, boolean[] there,
                                        int[] counts, int samples, double rv) {
        List<Result> out = new ArrayList<>(candidates.size());
        for (int k = 0; k < candidates.size(); k++) {
            double p = counts[k] / (double) samples;
            double eu = sign[k] && there[k] ? rv + p * (ours[k] - rv) : rv;
            out.add(new Result(candidates.get(k), ours[k], sign[k], there[k], p, eu));
        }
        return out;
    }

    /**
     * The plan as defined in {@link Plan}, cut from the concession path's results (in path order);
     * empty when no step is viable.
     */
    static Optional<Plan> plan(List<Result> path, List<Clip> clips, double floor) {
        List<Result> viable = path.stream().filter(Result::viable).toList();
        if (viable.isEmpty()) {
            return Optional.empty();
        }
        Result target = best(viable);
        int t = viable.indexOf(target);
        int open = t;
        for (int k = 0; k < t; k++) {
            if (viable.get(k).pAccept() >= floor) {
                open = k;
                break;
            }
        }
        int last = t;
        for (int k = t + 1; k < viable.size(); k++) {
            if (viable.get(k).pAccept() > viable.get(last).pAccept()) {
                last = k;
            }
        }
        List<Step> ladder = new ArrayList<>();
        for (int k = open; k <= last; k++) {
            Result r = viable.get(k);
            ladder.add(new Step(r, k == open ? List.of() : changes(viable.get(k - 1), r)));
        }
        return Optional.of(new Plan(viable.get(open), target, viable.get(last), ladder, clips));
    }

    private static List<Change> changes(Result before, Result after) {
        List<Change> out = new ArrayList<>();
        Outcome a = before.candidate().outcome();
        Outcome b = after.candidate().outcome();
        for (int i = 0; i < a.size(); i++) {
            if (a.value(i) != b.value(i)) {
                out.add(new Change(i, a.value(i), b.value(i)));
            }
        }
        return out;
    }

    private static Result best(List<Result> viable) {
        Result best = viable.get(0);
        for (Result r : viable) {
            double d = r.expectedUtility() - best.expectedUtility();
            if (d > 1e-12 || Math.abs(d) <= 1e-12 && r.ourUtility() > best.ourUtility()) {
                best = r;
            }
        }
        return best;
    }

    /** Everything a Monte Carlo run needs besides the belief held. */
    private record Runs(MonteCarlo mc, ForkJoinPool pool, RobustnessOptions o, List<Candidate> candidates,
                        double[] ours, boolean[] sign, boolean[] there, double rv) {
        static Runs of(NegotiationCase c, Party us, LinearAdditiveUtility stated, CounterpartProfile profile,
                       Viability viability, List<Candidate> candidates, ForkJoinPool pool, RobustnessOptions o) {
            int n = candidates.size();
            int[][] outcomes = new int[n][];
            double[] utilities = new double[n];
            boolean[] sign = new boolean[n];
            boolean[] there = new boolean[n];
            for (int k = 0; k < n; k++) {
                int[] v = candidates.get(k).outcome().toArray();
                outcomes[k] = v;
                utilities[k] = us.utility(v);
                sign[k] = viability.weSign(v);
                there[k] = viability.ratifiedThere(v);
            }
            return new Runs(new MonteCarlo(c.domain(), stated, profile, outcomes), pool, o, candidates, utilities, sign,
                    there, us.preferences().reservationValue());
        }

        List<Result> at(int hold, double value) {
            int[] counts = mc.run(o.samples(), o.seed(), pool, hold, value, 0);
            return results(candidates, ours, sign, there, counts, o.samples(), rv);
        }

        /** P(accept) of candidate {@code k} when the counterpart also receives {@code bonus}. */
        double withBonus(int k, double bonus) {
            return mc.run(o.samples(), o.seed(), pool, -1, 0, bonus)[k] / (double) o.samples();
        }
    }

    /**
     * Each gesture of ours to the counterpart made beside the target, then those that raise its
     * expected utility, together.
     */
    private static List<GestureEffect> gestures(Runs runs, List<Gesture> gestures, int target, Result t) {
        List<GestureEffect> out = new ArrayList<>();
        double cost = 0;
        double value = 0;
        List<String> worth = new ArrayList<>();
        for (Gesture g : gestures) {
            GestureEffect e = effect(runs, List.of(g.name()), g.cost(), g.value(), target, t);
            out.add(e);
            if (e.gain() > 1e-12) {
                worth.add(g.name());
                cost += g.cost();
                value += g.value();
            }
        }
        if (worth.size() > 1) {
            out.add(effect(runs, worth, cost, value, target, t));
        }
        return out;
    }

    private static GestureEffect effect(Runs runs, List<String> names, double cost, double value, int target,
                                        Result t) {
        double p = runs.withBonus(target, value);
        double rv = runs.rv();
        double eu = t.viable() ? rv + p * (t.ourUtility() - cost - rv) : rv;
        return new GestureEffect(names, cost, value, p, eu, eu - t.expectedUtility());
    }

    private static List<BeliefRisk> risks(Runs runs, CounterpartProfile profile, int target, double baseline) {
        List<BeliefRisk> out = new ArrayList<>();
        List<MonteCarlo.Slot> slots = runs.mc().slots();
        for (int s = 0; s < slots.size(); s++) {
            MonteCarlo.Slot slot = slots.get(s);
            if (slot.belief().uncertain()) {
                out.add(risk(runs, slot.name(), clip(slot.belief().low()), clip(slot.belief().high()), s, target,
                        baseline));
            }
        }
        if (profile.credibility() > 0 && profile.credibility() < 1 && !profile.redLines().isEmpty()) {
            out.add(risk(runs, "credibility of the believed red lines", 0, 1, -2, target, baseline));
        }
        out.sort(Comparator.comparingDouble(BeliefRisk::drop).reversed()
                .thenComparing(Comparator.comparingDouble(BeliefRisk::regret).reversed()));
        return out;
    }

    private static BeliefRisk risk(Runs runs, String name, double lo, double hi, int slot, int target,
                                   double baseline) {
        List<Result> atLow = runs.at(slot, lo);
        List<Result> atHigh = runs.at(slot, hi);
        double euLow = atLow.get(target).expectedUtility();
        double euHigh = atHigh.get(target).expectedUtility();
        List<Result> worst = euLow <= euHigh ? atLow : atHigh;
        double worstEu = Math.min(euLow, euHigh);
        Result better = best(worst.stream().filter(Result::viable).toList());
        return new BeliefRisk(name, lo, hi, euLow, euHigh, baseline - worstEu,
                Math.max(0, better.expectedUtility() - worstEu), better.candidate());
    }

    private static double clip(double x) {
        return x < 0 ? 0 : x > 1 ? 1 : x;
    }
}
