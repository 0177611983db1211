package org.detente.rehearsal.mediation;

import java.util.random.RandomGenerator;

import org.detente.model.OutcomeSpace;

/**
 * Hill climbing (the mediator of Klein et al. 2003, NegMAS's veto single text): a random draft one
 * issue away, taken when no party finds it worse; settled once a neighbourhood's worth of drafts in
 * a row (at most 50) were turned down.
 */
final class HillClimbing implements Search {
    private final OutcomeSpace space;
    private final RandomGenerator random;
    private final int[] scratch;
    private final int patience;

    HillClimbing(OutcomeSpace space, RandomGenerator random) {
        this.space = space;
        this.random = random;
        this.scratch = new int[space.radix().length];
        this.patience = Math.max(1, Math.min(50, Search.neighbourhood(space)));
    }

    @Override
    public long draft(long current, double time) {
        return Search.neighbour(space, current, scratch, random);
    }

    @Override
    public boolean accept(long current, long draft, Answer.Comparison[] answers, boolean[] vetoers, double time) {
        return Search.unanimous(answers, vetoers);
    }

    @Override
    public boolean settled(int stale, double time) {
        return stale >= patience;
    }

    @Override
    public void restart() {
        // random drafts carry no memory
    }
}
