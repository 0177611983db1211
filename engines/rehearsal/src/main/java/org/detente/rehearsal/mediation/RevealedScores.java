package org.detente.rehearsal.mediation;

import java.util.Arrays;
import java.util.random.RandomGenerator;

import org.detente.model.OutcomeSpace;

/**
 * What the parties' comparisons reveal of their preferences, value by value: for each party, issue
 * and value a score, ordered as the party's answers order the values (a draft called better than
 * the current text, differing in one issue, scores its value above the current one; "same" ties
 * them). Exact orderings for additive preferences answered truthfully; nothing more (no weights).
 *
 * <p>Also the exploration both learning mediators share: the single-issue changes of the current
 * text not yet tried, best first by the smallest predicted gain over the parties.
 */
final class RevealedScores {
    private final OutcomeSpace space;
    private final RandomGenerator random;
    private final int parties;
    private final int[] offset;
    private final double[] score;
    private final boolean[] tried;
    private final int[] a;
    private final int[] b;
    private int triedCount;
    private final int candidates;

    RevealedScores(OutcomeSpace space, int parties, RandomGenerator random) {
        this.space = space;
        this.random = random;
        this.parties = parties;
        int m = space.radix().length;
        this.offset = new int[m + 1];
        for (int i = 0; i < m; i++) {
            offset[i + 1] = offset[i] + space.radix(i);
        }
        this.score = new double[parties * offset[m]];
        this.tried = new boolean[offset[m]];
        this.a = new int[m];
        this.b = new int[m];
        this.candidates = Search.neighbourhood(space);
    }

    int issues() {
        return a.length;
    }

    int values(int issue) {
        return space.radix(issue);
    }

    double score(int party, int issue, int value) {
        return score[party * offset[a.length] + offset[issue] + value];
    }

    /** Learns from the comparisons of {@code draft} against {@code current}. */
    void learn(long current, long draft, Answer.Comparison[] answers) {
        space.decode(current, a);
        space.decode(draft, b);
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                continue;
            }
            for (int p = 0; p < parties; p++) {
                int base = p * offset[a.length] + offset[i];
                double from = score[base + a[i]];
                int to = base + b[i];
                switch (answers[p]) {
                    case BETTER -> score[to] = Math.max(score[to], from + 1);
                    case SAME -> score[to] = from;
                    case WORSE -> score[to] = Math.min(score[to], from - 1);
                }
            }
        }
    }

    /** Forgets which changes were tried (the text moved, or a ballot failed). */
    void untry() {
        Arrays.fill(tried, false);
        triedCount = 0;
    }

    /** Whether every single-issue change of the current text was tried. */
    boolean exhausted() {
        return triedCount >= candidates;
    }

    /** Whether setting issue {@code issue} to {@code value} was tried since the text last moved. */
    boolean tried(int issue, int value) {
        return tried[offset[issue] + value];
    }

    /** Marks the change of issue {@code issue} to {@code value} tried. */
    void markTried(int issue, int value) {
        if (!tried[offset[issue] + value]) {
            tried[offset[issue] + value] = true;
            triedCount++;
        }
    }

    /** Which single-issue changes an exploration passes over. */
    @FunctionalInterface
    interface Skip {
        /** Whether to pass over setting issue {@code issue} from {@code from} to {@code to}. */
        boolean skip(int issue, int from, int to);
    }

    /** {@link #explore(long, Skip)} passing over nothing but the changes tried. */
    long explore(long current) {
        return explore(current, (i, from, to) -> false);
    }

    /**
     * The untried single-issue change of {@code current} not skipped, with the largest smallest
     * predicted gain over the parties (ties at random), marked tried; {@code current} when none is left.
     */
    long explore(long current, Skip skip) {
        space.decode(current, a);
        double best = Double.NEGATIVE_INFINITY;
        int bi = -1;
        int bv = -1;
        int ties = 0;
        for (int i = 0; i < a.length; i++) {
            for (int v = 0; v < space.radix(i); v++) {
                if (v == a[i] || tried[offset[i] + v] || skip.skip(i, a[i], v)) {
                    continue;
                }
                double gain = Double.POSITIVE_INFINITY;
                for (int p = 0; p < parties; p++) {
                    gain = Math.min(gain, score(p, i, v) - score(p, i, a[i]));
                }
                if (gain > best) {
                    best = gain;
                    bi = i;
                    bv = v;
                    ties = 1;
                } else if (gain == best && random.nextInt(++ties) == 0) {
                    bi = i;
                    bv = v;
                }
            }
        }
        if (bi < 0) {
            return current;
        }
        markTried(bi, bv);
        a[bi] = bv;
        return space.encode(a);
    }
}
