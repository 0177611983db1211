package org.detente.rehearsal.mediation;

import java.util.random.RandomGenerator;

import org.detente.model.OutcomeSpace;

/**
 * Ours: the mediator that steps toward the Nash point of what the parties have revealed. From their
 * comparisons it learns each party's ordering of each issue's values ({@link RevealedScores}), reads
 * them as additive utilities (each issue's scores rescaled to [0, 1], issues weighted equally — the
 * answers reveal no weights), and finds by coordinate ascent the text maximising the product of
 * those inferred utilities. Each draft changes the one issue that moves the text furthest toward it
 * (exploring untried changes as the feedback mediator does when the inferred point is reached). The
 * text moves when no party finds the draft worse — or, the step a unanimity rule cannot take, when
 * a party does but the inferred Nash product still rises: a trade-off, not only Pareto improvements.
 * After a veto it moves only for the vetoers.
 */
final class NashSeeking implements Search {
    private static final double FLOOR = 1e-3;
    private final OutcomeSpace space;
    private final RevealedScores scores;
    private final int parties;
    private final int[] cur;
    private final int[] target;
    private final double[] low;
    private final double[] span;

    NashSeeking(OutcomeSpace space, int parties, RandomGenerator random) {
        this.space = space;
        this.parties = parties;
        this.scores = new RevealedScores(space, parties, random);
        int m = space.radix().length;
        this.cur = new int[m];
        this.target = new int[m];
        this.low = new double[parties * m];
        this.span = new double[parties * m];
    }

    @Override
    public long draft(long current, double time) {
        rescale();
        space.decode(current, cur);
        System.arraycopy(cur, 0, target, 0, cur.length);
        for (int pass = 0; pass < 3; pass++) {
            boolean changed = false;
            for (int i = 0; i < target.length; i++) {
                int best = target[i];
                double bestProduct = product(target);
                for (int v = 0; v < scores.values(i); v++) {
                    target[i] = v;
                    double x = product(target);
                    if (x > bestProduct + 1e-12) {
                        bestProduct = x;
                        best = v;
                    }
                }
                changed |= target[i] != best;
                target[i] = best;
            }
            if (!changed) {
                break;
            }
        }
        int step = -1;
        double stepProduct = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < cur.length; i++) {
            if (target[i] == cur[i]) {
                continue;
            }
            int keep = cur[i];
            cur[i] = target[i];
            double x = product(cur);
            cur[i] = keep;
            if (x > stepProduct && !scores.tried(i, target[i])) {
                step = i;
                stepProduct = x;
            }
        }
        if (step < 0) {
            return scores.explore(current);
        }
        scores.markTried(step, target[step]);
        cur[step] = target[step];
        return space.encode(cur);
    }

    @Override
    public boolean accept(long current, long draft, Answer.Comparison[] answers, boolean[] vetoers, double time) {
        scores.learn(current, draft, answers);
        boolean move = Search.unanimous(answers, vetoers);
        if (!move && vetoers == null) {
            rescale();
            space.decode(current, cur);
            double before = product(cur);
            space.decode(draft, cur);
            move = product(cur) > before + 1e-9;
        }
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

    private void rescale() {
        int m = cur.length;
        for (int p = 0; p < parties; p++) {
            for (int i = 0; i < m; i++) {
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (int v = 0; v < scores.values(i); v++) {
                    double s = scores.score(p, i, v);
                    lo = Math.min(lo, s);
                    hi = Math.max(hi, s);
                }
                low[p * m + i] = lo;
                span[p * m + i] = hi - lo;
            }
        }
    }

    /** Product over the parties of the inferred utilities of {@code values} (after {@link #rescale()}). */
    private double product(int[] values) {
        int m = values.length;
        double x = 1;
        for (int p = 0; p < parties; p++) {
            double u = 0;
            for (int i = 0; i < m; i++) {
                double s = span[p * m + i];
                u += s == 0 ? 0.5 : (scores.score(p, i, values[i]) - low[p * m + i]) / s;
            }
            x *= Math.max(FLOOR, u / m);
        }
        return x;
    }
}
