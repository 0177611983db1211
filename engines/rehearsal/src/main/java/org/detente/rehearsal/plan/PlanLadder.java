package org.detente.rehearsal.plan;

import java.util.ArrayList;
import java.util.List;

import org.detente.analysis.RobustnessAnalysis;
import org.detente.analysis.RobustnessAnalysis.Plan;
import org.detente.analysis.RobustnessAnalysis.Result;
import org.detente.model.OutcomeSpace;

/**
 * The packages a plan offers, from the opening down to the last offer, and when.
 *
 * <p>The rungs are the steps of the plan's concession ladder ({@link Plan#ladder()}), from the opening
 * through the target to the last offer: going down, each rung concedes on one or more issues and
 * never takes a concession back.
 *
 * <p>The schedule: our aspiration falls linearly from the opening's utility at t = 0 to the
 * target's at t = {@value #TARGET_AT}, then to the walk-away's at t = {@value #WALK_AT}, and holds
 * there until the deadline; at each turn the plan offers the rung that just meets the aspiration
 * (the lowest rung at or above it).
 *
 * @param rungs     best for us first; the first is the opening, the last the last offer
 * @param opening   our utility of the opening
 * @param target    our utility of the target
 * @param lastOffer our utility of the last offer
 */
public record PlanLadder(List<Rung> rungs, double opening, double target, double lastOffer) {
    /** Normalised time at which the aspiration reaches the target. */
    public static final double TARGET_AT = 0.5;
    /** Normalised time at which the aspiration reaches the last offer. */
    public static final double WALK_AT = 0.9;

    /**
     * One package of the ladder.
     *
     * @param outcome    its index in the outcome space
     * @param candidate  the robustness figures of it (source, package, our utility, P(accept), EU)
     * @param role       "opening", "target", "last offer" (joined by " = " when one rung is several),
     *                   or "" for a rung between them
     */
    public record Rung(long outcome, Result candidate, String role) {
        /** Our utility of it. */
        public double ourUtility() {
            return candidate.ourUtility();
        }
    }

    /** @throws IllegalArgumentException if there is no rung or the utilities are out of order */
    public PlanLadder {
        rungs = List.copyOf(rungs);
        if (rungs.isEmpty() || !(opening >= target && target >= lastOffer)) {
            throw new IllegalArgumentException("a plan ladder needs rungs and opening ≥ target ≥ last offer");
        }
    }

    /**
     * The ladder of a robustness analysis's plan.
     *
     * @param r     the analysis (it must have a plan)
     * @param space the case's outcome space (indexable)
     * @throws IllegalArgumentException if the analysis has no plan (no viable candidate)
     */
    public static PlanLadder of(RobustnessAnalysis r, OutcomeSpace space) {
        Plan plan = r.plan().orElseThrow(() -> new IllegalArgumentException("no plan: no candidate is viable"));
        List<Rung> rungs = new ArrayList<>();
        for (int k = 0; k < plan.ladder().size(); k++) {
            Result x = plan.ladder().get(k).result();
            rungs.add(new Rung(space.encode(x.candidate().outcome().toArray()), x, plan.role(k)));
        }
        return new PlanLadder(rungs, plan.opening().ourUtility(), plan.target().ourUtility(),
                plan.lastOffer().ourUtility());
    }

    /** Our aspiration at normalised time {@code t}. */
    public double aspiration(double t) {
        if (t <= 0) {
            return opening;
        }
        if (t < TARGET_AT) {
            return opening + (target - opening) * t / TARGET_AT;
        }
        if (t < WALK_AT) {
            return target + (lastOffer - target) * (t - TARGET_AT) / (WALK_AT - TARGET_AT);
        }
        return lastOffer;
    }

    /** The rung offered at aspiration {@code a}: the lowest at or above it (the top rung if none is). */
    public Rung offerAt(double a) {
        Rung choice = rungs.get(0);
        for (Rung r : rungs) {
            if (r.ourUtility() < a - 1e-12) {
                break;
            }
            choice = r;
        }
        return choice;
    }

    /**
     * The concession schedule: each rung with the first normalised time at which it is offered,
     * in order of offering.
     */
    public List<Step> schedule() {
        List<Step> out = new ArrayList<>();
        for (Rung r : rungs) {
            out.add(new Step(firstOffered(r.ourUtility()), r));
        }
        return out;
    }

    /**
     * One step of the schedule.
     *
     * @param time normalised time from which the rung is offered
     * @param rung the rung
     */
    public record Step(double time, Rung rung) {
    }

    /** The first time at which the aspiration is at or below {@code u} (the inverse of the schedule). */
    private double firstOffered(double u) {
        if (u >= opening - 1e-12) {
            return 0;
        }
        if (u >= target - 1e-12) {
            return opening == target ? 0 : TARGET_AT * (opening - u) / (opening - target);
        }
        return target == lastOffer ? TARGET_AT : TARGET_AT + (WALK_AT - TARGET_AT) * (target - u) / (target - lastOffer);
    }
}
