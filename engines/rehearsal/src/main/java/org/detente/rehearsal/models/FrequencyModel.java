package org.detente.rehearsal.models;

import org.detente.model.OutcomeSpace;
import org.detente.rehearsal.boa.OpponentModel;

/**
 * The frequency model of HardHeaded (ANAC 2011): an issue whose value the opponent keeps from one
 * offer to the next gains weight (by {@code learnRate / issues}, then all weights are normalised);
 * every offered value gains a count, and a value's evaluation is its count over the issue's highest
 * count. Estimated utility is {@code Σ wᵢ · eᵢ(vᵢ)}.
 *
 * <p>When the issues have at most {@value #TABLE_LIMIT} values in all, each term
 * {@code wᵢ · cᵢ(v) / maxᵢ} is kept in a table recomputed by {@link #observe}, so that an estimate is
 * a sum of table entries: an agent sweeping many outcomes between two offers pays no multiplication
 * or division per outcome. The terms are computed and summed in the same order as the formula, so
 * the estimates are exactly the formula's either way.
 *
 * <p>{@link #utilityAbove} answers from a bound when it can: the leading issues whose values have at
 * most {@value #HEAD_LIMIT} combinations ("the head") are summed in advance for every combination,
 * then each remaining issue's highest term is added, in issue order. Rounded addition is monotone, so
 * this bound is at least the estimate of every outcome with that head; when it does not exceed the
 * bar the estimate cannot either. Otherwise the estimate continues from the head's sum (the very
 * partial sum the formula reaches). Sums and bounds are worked out at the first such call after an
 * observation.
 */
public final class FrequencyModel implements OpponentModel {
    /** Most issue values in all for which the terms are tabled (each observation recomputes them). */
    static final int TABLE_LIMIT = 4096;
    /** Most value combinations of the head issues, whose sums bound the estimates. */
    static final int HEAD_LIMIT = 1 << 15;
    private final Digits digits;
    private final double[] weights;
    private final double[][] counts;
    private final double[] maxCount;
    private final double[][] terms;
    private final double learnRate;
    private final int head;
    private final int combinations;
    private double[] bound;
    private double[] prefix;
    private final double[] highest;
    private final Divisor headTail;
    private final Digits tail;
    private boolean boundStale = true;
    private int[] previous;

    /** A model with HardHeaded's learning rate 0.2. */
    public FrequencyModel(OutcomeSpace space) {
        this(space, 0.2);
    }

    /**
     * @param space     the outcome space
     * @param learnRate weight gained by unchanged issues, shared among the issues
     * @throws IllegalArgumentException if the rate is not positive
     */
    public FrequencyModel(OutcomeSpace space, double learnRate) {
        if (!(learnRate > 0)) {
            throw new IllegalArgumentException("learning rate must be positive, was " + learnRate);
        }
        this.digits = new Digits(space);
        int n = digits.radix.length;
        this.weights = new double[n];
        this.counts = new double[n][];
        this.maxCount = new double[n];
        int values = 0;
        for (int r : digits.radix) {
            values += Math.min(r, TABLE_LIMIT + 1);
        }
        this.terms = values <= TABLE_LIMIT ? new double[n][] : null;
        for (int i = 0; i < n; i++) {
            weights[i] = 1.0 / n;
            counts[i] = new double[digits.radix[i]];
            java.util.Arrays.fill(counts[i], 1.0);
            maxCount[i] = 1.0;
            if (terms != null) {
                terms[i] = new double[digits.radix[i]];
            }
        }
        this.learnRate = learnRate;
        int h = 0;
        long combinations = 1;
        while (terms != null && h < n && combinations * digits.radix[h] <= HEAD_LIMIT) {
            combinations *= digits.radix[h++];
        }
        this.head = h;
        this.combinations = (int) combinations;
        this.highest = new double[n];
        int[] rest = java.util.Arrays.copyOfRange(digits.radix, h, n);
        long tailSize = 1;
        for (int r : rest) {
            tailSize = Math.min(tailSize * r, Integer.MAX_VALUE + 1L);
        }
        // an outcome's head combination is its index over the tail's size; the tail's digits
        this.headTail = h > 0 && tailSize <= Integer.MAX_VALUE ? new Divisor((int) tailSize) : null;
        this.tail = new Digits(rest);
        updateTerms();
    }

    @Override
    public void observe(long outcome, double time) {
        int[] v = digits.of(outcome);
        int n = v.length;
        if (previous != null) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                if (previous[i] == v[i]) {
                    weights[i] += learnRate / n;
                }
                sum += weights[i];
            }
            for (int i = 0; i < n; i++) {
                weights[i] /= sum;
            }
        } else {
            previous = new int[n];
        }
        for (int i = 0; i < n; i++) {
            double c = counts[i][v[i]] += 1;
            maxCount[i] = Math.max(maxCount[i], c);
            previous[i] = v[i];
        }
        updateTerms();
    }

    private void updateTerms() {
        boundStale = true;
        if (terms == null) {
            return;
        }
        for (int i = 0; i < terms.length; i++) {
            double[] t = terms[i];
            double[] c = counts[i];
            for (int v = 0; v < t.length; v++) {
                t[v] = weights[i] * c[v] / maxCount[i];
            }
        }
    }

    @Override
    public double utility(long outcome) {
        int[] v = digits.of(outcome);
        double u = 0;
        if (terms == null) {
            for (int i = 0; i < v.length; i++) {
                u += weights[i] * counts[i][v[i]] / maxCount[i];
            }
            return u;
        }
        for (int i = 0; i < v.length; i++) {
            u += terms[i][v[i]];
        }
        return u;
    }

    @Override
    public double utilityAbove(long outcome, double bar) {
        if (headTail == null) {
            return utility(outcome);
        }
        if (boundStale) {
            updateBound();
        }
        long q = headTail.quotient(outcome);
        int h = (int) q;
        if (bound[h] <= bar) {
            return bound[h];
        }
        int[] v = tail.of(outcome - q * headTail.divisor);
        double u = prefix[h];
        for (int i = 0; i < v.length; i++) {
            u += terms[head + i][v[i]];
        }
        return u;
    }

    /** For every head: its terms summed, then each later issue's highest term, in issue order. */
    private void updateBound() {
        int n = terms.length;
        if (bound == null) {
            // only agents that ask for bounded answers pay for the tables
            bound = new double[combinations];
            prefix = new double[combinations];
        }
        // level by level: the sums of the first i head issues, for every combination of them
        double[] sums = prefix;
        sums[0] = 0;
        int size = 1;
        for (int i = 0; i < head; i++) {
            double[] t = terms[i];
            int r = t.length;
            for (int h = size - 1; h >= 0; h--) {
                double s = sums[h];
                for (int v = r - 1; v >= 0; v--) {
                    sums[h * r + v] = s + t[v];
                }
            }
            size *= r;
        }
        for (int i = head; i < n; i++) {
            highest[i] = Double.NEGATIVE_INFINITY;
            for (double t : terms[i]) {
                highest[i] = Math.max(highest[i], t);
            }
        }
        for (int h = 0; h < size; h++) {
            double u = sums[h];
            for (int i = head; i < n; i++) {
                u += highest[i];
            }
            bound[h] = u;
        }
        boundStale = false;
    }

    /** Current estimated weight of issue {@code issue}. */
    public double weight(int issue) {
        return weights[issue];
    }

    /** The value of issue {@code issue} the other side offered most often (the lowest index among ties). */
    public int favourite(int issue) {
        double[] c = counts[issue];
        int best = 0;
        for (int v = 1; v < c.length; v++) {
            if (c[v] > c[best]) {
                best = v;
            }
        }
        return best;
    }

    /** How often value {@code value} of issue {@code issue} was offered, plus one. */
    double count(int issue, int value) {
        return counts[issue][value];
    }

    /** The highest {@link #count} among issue {@code issue}'s values. */
    double maxCount(int issue) {
        return maxCount[issue];
    }
}
