package org.detente.rehearsal.mediation;

import java.util.random.RandomGenerator;

import org.detente.model.OutcomeSpace;

/**
 * How a {@link TextMediator} moves its text: which draft to try next, and whether the parties'
 * comparisons let it replace the current text. Drafts differ from the current text in one issue.
 */
interface Search {
    /** A draft to put beside {@code current}, or {@code current} itself when there is none left to try. */
    long draft(long current, double time);

    /**
     * Hears the comparisons of {@code draft} against {@code current} and decides whether the text moves.
     *
     * @param vetoers the parties that vetoed the last ballot (the text now moves for them), or null
     */
    boolean accept(long current, long draft, Answer.Comparison[] answers, boolean[] vetoers, double time);

    /** Whether the text has stopped moving after {@code stale} drafts in a row were turned down. */
    boolean settled(int stale, double time);

    /** A ballot failed: drafts turned down before may now serve the vetoers. */
    void restart();

    /**
     * The rule every search starts from: with no veto, no party finds the draft worse (Klein et al.'s
     * unanimous vote); after a veto, no vetoer finds it worse and at least one finds it better (the
     * others are not asked to gain: the text must first become signable).
     */
    static boolean unanimous(Answer.Comparison[] answers, boolean[] vetoers) {
        boolean gain = vetoers == null;
        for (int p = 0; p < answers.length; p++) {
            boolean counts = vetoers == null || vetoers[p];
            switch (answers[p]) {
                case BETTER -> gain |= counts;
                case SAME -> {
                }
                case WORSE -> {
                    if (counts) {
                        return false;
                    }
                }
            }
        }
        return gain;
    }

    /** {@code current} with one issue (among those with two values or more) set to another value at random. */
    static long neighbour(OutcomeSpace space, long current, int[] scratch, RandomGenerator random) {
        space.decode(current, scratch);
        int open = 0;
        for (int i = 0; i < scratch.length; i++) {
            open += space.radix(i) > 1 ? 1 : 0;
        }
        if (open == 0) {
            return current;
        }
        int k = random.nextInt(open);
        for (int i = 0; i < scratch.length; i++) {
            if (space.radix(i) > 1 && k-- == 0) {
                int v = random.nextInt(space.radix(i) - 1);
                scratch[i] = v >= scratch[i] ? v + 1 : v;
                break;
            }
        }
        return space.encode(scratch);
    }

    /** Number of texts one issue away from any text: Σ (values − 1). */
    static int neighbourhood(OutcomeSpace space) {
        int n = 0;
        for (int r : space.radix()) {
            n += r - 1;
        }
        return n;
    }
}
