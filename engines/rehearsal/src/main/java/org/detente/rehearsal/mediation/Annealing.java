package org.detente.rehearsal.mediation;

import java.util.random.RandomGenerator;

import org.detente.model.OutcomeSpace;

/**
 * Simulated annealing (Klein et al. 2003): random drafts one issue away; a draft that {@code k} of
 * {@code n} parties find worse is still taken, with probability {@code exp(−(k/n) / T)}, at a
 * temperature {@code T = 0.5 · (1 − t)} that falls to 0 at the deadline — so the text can leave a
 * local optimum early and settles as a hill climber late. After a veto it moves for the vetoers
 * only. Settled in the last fifth of the session, after a neighbourhood's worth of refusals.
 * Each non-unanimous draft takes exactly one draw from the generator.
 */
final class Annealing implements Search {
    private static final double START_TEMPERATURE = 0.5;
    private final HillClimbing climbing;
    private final RandomGenerator random;

    Annealing(OutcomeSpace space, RandomGenerator random) {
        this.climbing = new HillClimbing(space, random);
        this.random = random;
    }

    @Override
    public long draft(long current, double time) {
        return climbing.draft(current, time);
    }

    @Override
    public boolean accept(long current, long draft, Answer.Comparison[] answers, boolean[] vetoers, double time) {
        if (Search.unanimous(answers, vetoers)) {
            return true;
        }
        if (vetoers != null) {
            return false;
        }
        int worse = 0;
        for (Answer.Comparison c : answers) {
            worse += c == Answer.Comparison.WORSE ? 1 : 0;
        }
        double temperature = START_TEMPERATURE * (1 - time);
        double p = temperature <= 0 ? 0 : Math.exp(-((double) worse / answers.length) / temperature);
        return random.nextDouble() < p;
    }

    @Override
    public boolean settled(int stale, double time) {
        return time >= 0.8 && climbing.settled(stale, time);
    }

    @Override
    public void restart() {
        climbing.restart();
    }
}
