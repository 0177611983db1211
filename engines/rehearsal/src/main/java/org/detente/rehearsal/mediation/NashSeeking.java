package org.detente.rehearsal.mediation;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.random.RandomGenerator;

import org.detente.model.OutcomeSpace;

/**
 * Ours: the mediator that steps toward the Nash point of what the parties have revealed.
 *
 * <p>From their comparisons of single-issue drafts it learns each party's ordering of each issue's
 * values ({@link RevealedScores}) and reads them as additive utilities (each issue's scores rescaled
 * to [0, 1], issues weighted equally: the answers reveal no weights); coordinate ascent on the
 * product of those inferred utilities gives the inferred Nash point. Drafts, in order of preference:
 * the single-issue step toward that point that raises the inferred product most; any single-issue
 * change not yet heard of, as the feedback mediator chooses it; then <em>trades</em> — two changes
 * heard of on different issues, each refused by parties the other one favours (a logroll no
 * single-issue climber can find), the one with the highest inferred product first. A single-issue
 * change heard of stays known while its issue keeps its value (preferences are additive). It first
 * surveys every single-issue change of the first text without moving (until a fifth of the time at
 * most) and aims straight at the inferred Nash point. The text moves by {@link Search#unanimous}; it
 * is put to a ballot only when no draft is left to try, and in the last round.
 */
final class NashSeeking implements Search {
    private static final double FLOOR = 1e-3;
    /** The survey of the first text ends by this share of the time, on large spaces before it is complete. */
    private static final double SURVEY_TIME = 0.2;
    private final OutcomeSpace space;
    private final RevealedScores scores;
    private final int parties;
    private final int[] offset;
    /** Per single-issue change (issue, from, to): bit p set if party p found it worse / better; -1 unknown. */
    private final long[] worse;
    private final long[] better;
    private final Set<Long> triedTrades = new HashSet<>();
    private final Set<Long> jumped = new HashSet<>();
    private boolean surveying = true;
    private final int[] cur;
    private final int[] target;
    private final double[] low;
    private final double[] span;

    NashSeeking(OutcomeSpace space, int parties, RandomGenerator random) {
        if (parties > 63) {
            throw new IllegalArgumentException("the nash-seeker mediates at most 63 parties, not " + parties);
        }
        this.space = space;
        this.parties = parties;
        this.scores = new RevealedScores(space, parties, random);
        int m = space.radix().length;
        this.offset = new int[m + 1];
        for (int i = 0; i < m; i++) {
            offset[i + 1] = offset[i] + space.radix(i) * space.radix(i);
        }
        this.worse = new long[offset[m]];
        this.better = new long[offset[m]];
        Arrays.fill(worse, -1);
        this.cur = new int[m];
        this.target = new int[m];
        this.low = new double[parties * m];
        this.span = new double[parties * m];
    }

    private int change(int issue, int from, int to) {
        return offset[issue] + from * space.radix(issue) + to;
    }

    private boolean known(int issue, int from, int to) {
        return worse[change(issue, from, to)] >= 0;
    }

    @Override
    public long draft(long current, double time) {
        if (surveying && time >= SURVEY_TIME) {
            surveying = false;
            long aim = aim(current);
            if (aim != current) {
                return aim;
            }
        }
        rescale();
        space.decode(current, cur);
        inferNash();
        int step = -1;
        double stepProduct = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < cur.length; i++) {
            if (target[i] == cur[i] || known(i, cur[i], target[i]) || scores.tried(i, target[i])) {
                continue;
            }
            int keep = cur[i];
            cur[i] = target[i];
            double x = product(cur);
            cur[i] = keep;
            if (x > stepProduct) {
                step = i;
                stepProduct = x;
            }
        }
        if (step >= 0) {
            scores.markTried(step, target[step]);
            cur[step] = target[step];
            return space.encode(cur);
        }
        long explored = scores.explore(current, this::known);
        if (explored != current) {
            return explored;
        }
        surveying = false;
        long aim = space.encode(target);
        if (aim != current && jumped.add(aim)) {
            return aim;
        }
        return trade(current);
    }

    /** The inferred Nash point from {@code current}, if not yet drafted from here; else {@code current}. */
    private long aim(long current) {
        rescale();
        space.decode(current, cur);
        inferNash();
        long aim = space.encode(target);
        return aim != current && jumped.add(aim) ? aim : current;
    }

    /** The best untried trade of two known single-issue changes of {@code current}, or {@code current}. */
    private long trade(long current) {
        int m = cur.length;
        long best = current;
        double bestProduct = Double.NEGATIVE_INFINITY;
        long bestKey = -1;
        for (int i = 0; i < m; i++) {
            for (int v = 0; v < space.radix(i); v++) {
                int c1 = change(i, cur[i], v);
                if (v == cur[i] || worse[c1] <= 0) {
                    continue;
                }
                for (int j = i + 1; j < m; j++) {
                    for (int w = 0; w < space.radix(j); w++) {
                        int c2 = change(j, cur[j], w);
                        if (w == cur[j] || worse[c2] <= 0 || (worse[c1] & worse[c2]) != 0
                                || (worse[c1] & ~better[c2]) != 0 || (worse[c2] & ~better[c1]) != 0) {
                            continue;
                        }
                        long key = (long) c1 * offset[m] + c2;
                        if (triedTrades.contains(key)) {
                            continue;
                        }
                        int ki = cur[i];
                        int kj = cur[j];
                        cur[i] = v;
                        cur[j] = w;
                        double x = product(cur);
                        if (x > bestProduct) {
                            bestProduct = x;
                            best = space.encode(cur);
                            bestKey = key;
                        }
                        cur[i] = ki;
                        cur[j] = kj;
                    }
                }
            }
        }
        if (bestKey >= 0) {
            triedTrades.add(bestKey);
        }
        return best;
    }

    @Override
    public boolean accept(long current, long draft, Answer.Comparison[] answers, boolean[] vetoers, double time) {
        space.decode(current, cur);
        space.decode(draft, target);
        int differing = -1;
        int count = 0;
        for (int i = 0; i < cur.length; i++) {
            if (cur[i] != target[i]) {
                differing = i;
                count++;
            }
        }
        if (count == 1) {
            scores.learn(current, draft, answers);
            long w = 0;
            long b = 0;
            for (int p = 0; p < parties; p++) {
                w |= answers[p] == Answer.Comparison.WORSE ? 1L << p : 0;
                b |= answers[p] == Answer.Comparison.BETTER ? 1L << p : 0;
            }
            worse[change(differing, cur[differing], target[differing])] = w;
            better[change(differing, cur[differing], target[differing])] = b;
        }
        boolean move = Search.unanimous(answers, vetoers) && (!surveying || count > 1 || vetoers != null);
        if (count > 1) {
            surveying = false;
        }
        if (move) {
            scores.untry();
            triedTrades.clear();
        }
        return move;
    }

    @Override
    public boolean settled(int stale, double time) {
        return false;
    }

    @Override
    public void restart() {
        scores.untry();
        triedTrades.clear();
        Arrays.fill(worse, -1);
        Arrays.fill(better, 0);
    }

    /** Coordinate ascent from the current text on the inferred product: the inferred Nash point, in {@code target}. */
    private void inferNash() {
        System.arraycopy(cur, 0, target, 0, cur.length);
        for (int pass = 0; pass < 3; pass++) {
            boolean changed = false;
            for (int i = 0; i < target.length; i++) {
                int best = target[i];
                double bestProduct = product(target);
                for (int v = 0; v < space.radix(i); v++) {
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
    }

    private void rescale() {
        int m = cur.length;
        for (int p = 0; p < parties; p++) {
            for (int i = 0; i < m; i++) {
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (int v = 0; v < space.radix(i); v++) {
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
