package org.detente.rehearsal.mediation;

import java.util.random.RandomGenerator;

import org.detente.model.OutcomeSpace;

/**
 * The feedback mediator (GENIUS's feedback-based mediation family): parties say whether each draft
 * is better, the same or worse than the current text; the mediator learns from that feedback how
 * each party orders each issue's values and drafts, among the single-issue changes not yet tried,
 * the one it predicts best for the worst-off party. The text moves when no party finds the draft
 * worse (after a veto, by {@link Search#unanimous}); settled when every change was tried.
 */
final class Feedback implements Search {
    private final RevealedScores scores;

    Feedback(OutcomeSpace space, int parties, RandomGenerator random) {
        this.scores = new RevealedScores(space, parties, random);
    }

    @Override
    public long draft(long current, double time) {
        return scores.explore(current);
    }

    @Override
    public boolean accept(long current, long draft, Answer.Comparison[] answers, boolean[] vetoers, double time) {
        scores.learn(current, draft, answers);
        boolean move = Search.unanimous(answers, vetoers);
        if (move) {
            scores.untry();
        }
        return move;
    }

    @Override
    public boolean settled(int stale, double time) {
        return scores.exhausted();
    }

    @Override
    public void restart() {
        scores.untry();
    }
}
