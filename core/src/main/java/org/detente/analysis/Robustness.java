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
import org.detente.analysis.RobustnessAnalysis.GestureEffect;
import org.detente.analysis.RobustnessAnalysis.Plan;
import org.detente.analysis.RobustnessAnalysis.Result;

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
    public static List<Candidate> candidates(NegotiationCase c, Analysis a, TwoLevelAnalysis t) {
        Map<Outcome, Candidate> out = new LinkedHashMap<>();
        for (Deal d : c.deals()) {
            out.putIfAbsent(d.outcome(), new Candidate("deal: " + d.name(), d.outcome()));
        }
        for (Point p : a.frontier()) {
            out.putIfAbsent(p.outcome(), new Candidate("frontier", p.outcome()));
        }
        for (Point p : t.ratifiableFrontier()) {
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
     */
    public static RobustnessAnalysis analyze(NegotiationCase c, CounterpartProfile profile,
                                             List<Candidate> candidates, RobustnessOptions o) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no candidate package to test");
        }
        Party us = c.party(c.partyIndex(profile.holder()));
        Party them = c.party(c.partyIndex(profile.about()));
        if (!(them.preferences().utility() instanceof LinearAdditiveUtility stated)) {
            throw new IllegalArgumentException("robustness needs linear additive preferences for '" + them.name()
                    + "', the party profiled");
        }
        int n = candidates.size();
        int[][] outcomes = new int[n][];
        double[] ours = new double[n];
        boolean[] sign = new boolean[n];
        boolean[] there = new boolean[n];
        double rv = us.preferences().reservationValue();
        Viability viability = new Viability(c, us.name(), them.name());
        for (int k = 0; k < n; k++) {
            int[] v = candidates.get(k).outcome().toArray();
            outcomes[k] = v;
            ours[k] = us.utility(v);
            sign[k] = viability.weSign(v);
            there[k] = viability.ratifiedThere(v);
        }
        MonteCarlo mc = new MonteCarlo(c.domain(), stated, profile, outcomes);
        ForkJoinPool pool = new ForkJoinPool(o.threads());
        try {
            Runs runs = new Runs(mc, pool, o, candidates, ours, sign, there, rv);
            List<Result> results = runs.at(-1, 0);
            Optional<Plan> plan = plan(results, o.openingFloor());
            List<BeliefRisk> risks = plan.isEmpty() ? List.of()
                    : risks(runs, profile, results.indexOf(plan.get().target()), plan.get().target().expectedUtility());
            List<Gesture> offered = c.preparation().gestures().stream()
                    .filter(g -> g.giver().equals(us.name()) && g.receiver().equals(them.name())).toList();
            List<GestureEffect> effects = plan.isEmpty() ? List.of()
                    : gestures(runs, offered, results.indexOf(plan.get().target()), plan.get().target());
            return new RobustnessAnalysis(us.name(), them.name(), o.samples(), o.seed(), rv, results, plan, risks,
                    effects);
        } finally {
            pool.shutdown();
        }
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

    /** The plan as defined in {@link Plan}; empty when no candidate is viable. */
    static Optional<Plan> plan(List<Result> results, double floor) {
        List<Result> viable = results.stream().filter(Result::viable).toList();
        if (viable.isEmpty()) {
            return Optional.empty();
        }
        Result target = best(viable);
        Result opening = target;
        for (Result r : viable) {
            if (r.pAccept() >= floor && r.ourUtility() > opening.ourUtility()) {
                opening = r;
            }
        }
        Result walk = viable.get(0);
        for (Result r : viable) {
            if (r.pAccept() > walk.pAccept()
                    || r.pAccept() == walk.pAccept() && r.ourUtility() > walk.ourUtility()) {
                walk = r;
            }
        }
        return Optional.of(new Plan(opening, target, walk));
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
