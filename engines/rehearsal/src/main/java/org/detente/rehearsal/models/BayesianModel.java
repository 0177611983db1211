package org.detente.rehearsal.models;

import java.util.random.RandomGenerator;

import org.detente.model.OutcomeSpace;
import org.detente.rehearsal.boa.OpponentModel;

/**
 * A simplified Bayesian opponent model in the style of Hindriks and Tykhonov (2008).
 *
 * <p>The hypothesis space is a finite sample of linear additive utility functions (random issue
 * weights summing to 1; random value evaluations with each issue's best value at 1), drawn from the
 * agent's seeded generator, with a uniform prior. Like Hindriks–Tykhonov it assumes the opponent
 * concedes over time — its offer at time t has utility near {@code 1 − c·t} to it — so the
 * likelihood of an observed offer under hypothesis h is a Gaussian in
 * {@code u_h(offer) − (1 − c·t)}; the posterior is updated by Bayes' rule (in log space) after every
 * offer and the estimate is the posterior mean {@code Σ P(h) · u_h} (additive, so kept per issue value:
 * a query costs one lookup per issue). Simplifications against the
 * paper: sampled rather than structured hypotheses (no enumeration of weight rankings and value
 * function shapes), and a fixed concession rate {@code c = 0.5} and spread {@code σ = 0.15}.
 */
public final class BayesianModel implements OpponentModel {
    private static final double CONCESSION = 0.5;
    private static final double SIGMA = 0.15;
    private final Digits digits;
    private final double[][][] evals;
    private final double[] logPosterior;
    private final double[] posterior;
    private final double[][] mean;

    /**
     * @param space      the outcome space
     * @param hypotheses number of sampled hypotheses, at least 1
     * @param random     source of the sample
     * @throws IllegalArgumentException if {@code hypotheses < 1}
     */
    public BayesianModel(OutcomeSpace space, int hypotheses, RandomGenerator random) {
        if (hypotheses < 1) {
            throw new IllegalArgumentException("need at least one hypothesis, was " + hypotheses);
        }
        this.digits = new Digits(space);
        int n = digits.radix.length;
        this.evals = new double[hypotheses][n][];
        for (int h = 0; h < hypotheses; h++) {
            double[] w = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                w[i] = -Math.log(1 - random.nextDouble());
                sum += w[i];
            }
            for (int i = 0; i < n; i++) {
                double[] e = new double[digits.radix[i]];
                int best = random.nextInt(e.length);
                for (int v = 0; v < e.length; v++) {
                    e[v] = v == best ? 1 : random.nextDouble();
                }
                for (int v = 0; v < e.length; v++) {
                    e[v] *= w[i] / sum;
                }
                evals[h][i] = e;
            }
        }
        this.logPosterior = new double[hypotheses];
        this.posterior = new double[hypotheses];
        java.util.Arrays.fill(posterior, 1.0 / hypotheses);
        this.mean = new double[n][];
        for (int i = 0; i < n; i++) {
            mean[i] = new double[digits.radix[i]];
        }
        updateMean();
    }

    /** The posterior mean of additive hypotheses is additive: Σᵢ Σ_h P(h)·e_h,i(vᵢ), kept per issue value. */
    private void updateMean() {
        for (double[] m : mean) {
            java.util.Arrays.fill(m, 0);
        }
        for (int h = 0; h < evals.length; h++) {
            double p = posterior[h];
            if (p <= 1e-12) {
                continue;
            }
            for (int i = 0; i < mean.length; i++) {
                double[] e = evals[h][i];
                for (int v = 0; v < e.length; v++) {
                    mean[i][v] += p * e[v];
                }
            }
        }
    }

    @Override
    public void observe(long outcome, double time) {
        int[] v = digits.of(outcome);
        double expected = 1 - CONCESSION * time;
        double max = Double.NEGATIVE_INFINITY;
        for (int h = 0; h < evals.length; h++) {
            double d = hypothesisUtility(h, v) - expected;
            logPosterior[h] -= d * d / (2 * SIGMA * SIGMA);
            max = Math.max(max, logPosterior[h]);
        }
        double sum = 0;
        for (int h = 0; h < evals.length; h++) {
            logPosterior[h] -= max;
            posterior[h] = Math.exp(logPosterior[h]);
            sum += posterior[h];
        }
        for (int h = 0; h < evals.length; h++) {
            posterior[h] /= sum;
        }
        updateMean();
    }

    @Override
    public double utility(long outcome) {
        int[] v = digits.of(outcome);
        double u = 0;
        for (int i = 0; i < v.length; i++) {
            u += mean[i][v[i]];
        }
        return u;
    }

    private double hypothesisUtility(int h, int[] v) {
        double u = 0;
        double[][] e = evals[h];
        for (int i = 0; i < v.length; i++) {
            u += e[i][v[i]];
        }
        return u;
    }
}
