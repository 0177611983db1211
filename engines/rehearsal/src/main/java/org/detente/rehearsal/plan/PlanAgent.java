package org.detente.rehearsal.plan;

import java.util.BitSet;
import java.util.Objects;

import org.detente.rehearsal.Accept;
import org.detente.rehearsal.Action;
import org.detente.rehearsal.Agent;
import org.detente.rehearsal.NegotiationView;
import org.detente.rehearsal.Offer;
import org.detente.rehearsal.agents.Pacing;

/**
 * Plays a prepared plan: offers the rungs of a {@link PlanLadder} on its schedule, from the opening
 * through the target to the last offer, and holds the last offer to the deadline (then the
 * alternative). It accepts the standing offer when it is viable (we can sign it and the other side
 * can ratify it: {@link org.detente.analysis.Viability}) and worth at least what it would offer next.
 * It never accepts a package it could not get ratified, however good.
 *
 * <p>It paces the schedule to the deadline it faces ({@link Pacing}): the schedule's times are
 * stretched so that the last offer is reached while at least {@value #FINAL_OFFERS} of its offers can
 * still be answered — with 200 rounds nothing changes, with 10 rounds it comes down the ladder sooner
 * instead of making its last offer when no answer can follow. The schedule's time never goes back, so
 * it never offers a step above one it has offered.
 */
final class PlanAgent implements Agent {
    /** How many answerable offers the last offer is held for at least. */
    static final int FINAL_OFFERS = 3;

    private final PlanLadder ladder;
    private final BitSet viable;
    private double time;   // the schedule's time so far, never decreasing (one agent per session)

    /**
     * @param ladder the plan
     * @param viable outcome index → whether the package is viable (shared, read only)
     */
    public PlanAgent(PlanLadder ladder, BitSet viable) {
        this.ladder = Objects.requireNonNull(ladder, "ladder");
        this.viable = Objects.requireNonNull(viable, "viable");
    }

    @Override
    public Action act(NegotiationView view) {
        time = Math.max(time, scheduleTime(view.time(), Pacing.of(view)));
        PlanLadder.Rung next = ladder.offerAt(ladder.aspiration(time));
        long standing = view.standingOffer();
        if (standing >= 0 && view.standingProposer() != view.me() && viable.get((int) standing)
                && view.own().utility(standing) >= next.ourUtility() - 1e-12) {
            return Accept.INSTANCE;
        }
        return new Offer(next.outcome());
    }

    /**
     * The schedule's time at normalised time {@code t}: {@code t} stretched so that the schedule
     * reaches the last offer ({@link PlanLadder#WALK_AT}) by the time only {@value #FINAL_OFFERS}
     * answerable offers are left (estimated at the current pace), and 1 from then on.
     */
    static double scheduleTime(double t, Pacing pace) {
        if (pace.offersLeft() <= FINAL_OFFERS) {
            return 1;
        }
        double last = t + (pace.offersLeft() - FINAL_OFFERS) * (1 - t) / pace.turnsLeft();
        return last >= PlanLadder.WALK_AT ? t : Math.min(1, t * PlanLadder.WALK_AT / last);
    }
}
