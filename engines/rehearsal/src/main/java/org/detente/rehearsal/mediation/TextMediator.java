package org.detente.rehearsal.mediation;

import java.util.random.RandomGenerator;

import org.detente.model.OutcomeSpace;

/**
 * The single-text procedure every built-in mediator follows; they differ only in their
 * {@link Search}. The text starts at a random outcome (one draw). Each round either puts a draft one
 * issue away to the parties (the text moves if the search takes it) or, once the search has settled
 * or in the last round, puts the current text to a ballot. A failed ballot names the vetoers: from
 * then on the text moves only when no vetoer loses and one gains ({@link Search#unanimous}), and each
 * move is put to a ballot at once. A text is never put to a ballot twice in a row unless it is the
 * last round.
 */
final class TextMediator implements Mediator {
    private final Search search;
    private final RandomGenerator random;
    private long current = -1;
    private boolean[] vetoers;
    private int stale;
    private long balloted = -1;
    private boolean moved;
    private Answer.Comparison[] heard;

    TextMediator(Search search, RandomGenerator random) {
        this.search = search;
        this.random = random;
    }

    @Override
    public Question next(MediatorView view) {
        OutcomeSpace space = view.space();
        int n = view.parties();
        moved = false;
        if (current < 0) {
            current = random.nextLong(space.longSize());
            heard = new Answer.Comparison[n];
        } else {
            hear(view);
        }
        boolean ballot = view.lastRound()
                || current != balloted && (search.settled(stale, view.time()) || moved && vetoers != null);
        if (!ballot) {
            long draft = search.draft(current, view.time());
            if (draft != current) {
                return new Question.Draft(draft, current);
            }
            ballot = current != balloted;
        }
        if (ballot) {
            balloted = current;
            return new Question.Ballot(current);
        }
        // settled, and this text was refused: try again from scratch for the vetoers
        search.restart();
        long draft = search.draft(current, view.time());
        return draft == current ? new Question.Ballot(current) : new Question.Draft(draft, current);
    }

    private void hear(MediatorView view) {
        int n = view.parties();
        Question q = view.last();
        if (q instanceof Question.Ballot) {
            vetoers = new boolean[n];
            for (int p = 0; p < n; p++) {
                vetoers[p] = view.answer(p) == Answer.Vote.REJECT;
            }
            search.restart();
            stale = 0;
        } else if (q instanceof Question.Draft d) {
            for (int p = 0; p < n; p++) {
                heard[p] = (Answer.Comparison) view.answer(p);
            }
            if (search.accept(current, d.text(), heard, vetoers, view.time())) {
                current = d.text();
                moved = true;
                stale = 0;
            } else {
                stale++;
            }
        } else {
            throw new IllegalStateException("unknown question " + q);
        }
    }
}
