package org.detente.rehearsal.plan;

import java.util.BitSet;
import java.util.Objects;

import org.detente.rehearsal.Accept;
import org.detente.rehearsal.Action;
import org.detente.rehearsal.Agent;
import org.detente.rehearsal.NegotiationView;
import org.detente.rehearsal.Offer;

/**
 * Plays a prepared plan: offers the rungs of a {@link PlanLadder} on its schedule, from the opening
 * through the target to the last offer, and holds the last offer to the deadline (then the
 * alternative). It accepts the standing offer when it is viable (we can sign it and the other side
 * can ratify it: {@link org.detente.analysis.Viability}) and worth at least what it would offer next.
 * It never accepts a package it could not get ratified, however good.
 */
public final class PlanAgent implements Agent {
    private final PlanLadder ladder;
    private final BitSet viable;

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
        PlanLadder.Rung next = ladder.offerAt(ladder.aspiration(view.time()));
        long standing = view.standingOffer();
        if (standing >= 0 && view.standingProposer() != view.me() && viable.get((int) standing)
                && view.own().utility(standing) >= next.ourUtility() - 1e-12) {
            return Accept.INSTANCE;
        }
        return new Offer(next.outcome());
    }
}
