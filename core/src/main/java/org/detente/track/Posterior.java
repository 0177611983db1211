package org.detente.track;

import java.util.Arrays;

import org.detente.analysis.CounterpartSampler;
import org.detente.analysis.RobustnessAnalysis.Estimate;
import org.detente.model.CounterpartProfile;
import org.detente.model.Domain;
import org.detente.model.LinearAdditiveUtility;

/**
 * Our beliefs about the counterpart as a weighted sample: hypotheses drawn from the prior (a
 * {@link CounterpartProfile}), each reweighted by the likelihood of the counterpart's offers.
 *
 * <p>The model of how people offer (the likelihood): an offer is a logit choice among all packages,
 * {@code P(o) ∝ exp(β·u(o))}, independently from one offer to the next; and an offer worth less to the
 * offerer than its reservation value, or crossing a red line it really holds, is
 * {@value #IMPLAUSIBLE} times less likely. Additive utilities make the logit's normaliser a product
 * over the issues, so an offer costs one lookup per issue and hypothesis.
 */
final class Posterior {
    /** How much less likely an offer below one's limit or across one's red line is. */
    static final double IMPLAUSIBLE = 0.05;
    private final Domain domain;
    private final CounterpartProfile profile;
    private final double[][] weights;
    private final double[][][] evals;
    private final double[][][] contrib;
    private final double[] reservation;
    private final boolean[] real;
    private final double[] logZ;
    private final double[] logW;
    private final double[] p;
    private final double beta;
    private int observed;

    Posterior(Domain domain, LinearAdditiveUtility stated, CounterpartProfile profile, TrackOptions o) {
        this.domain = domain;
        this.profile = profile;
        CounterpartSampler sampler = new CounterpartSampler(domain, stated, profile);
        int n = o.hypotheses();
        int m = domain.size();
        weights = new double[n][m];
        evals = new double[n][m][];
        contrib = new double[n][m][];
        reservation = new double[n];
        real = new boolean[n];
        logZ = new double[n];
        logW = new double[n];
        p = new double[n];
        beta = o.rationality();
        for (int h = 0; h < n; h++) {
            CounterpartSampler.Sample s = sampler.draw(o.seed(), h);
            reservation[h] = s.reservation();
            real[h] = s.redLinesReal();
            for (int i = 0; i < m; i++) {
                weights[h][i] = s.utility().weight(i);
                int k = domain.issue(i).cardinality();
                evals[h][i] = new double[k];
                for (int v = 0; v < k; v++) {
                    evals[h][i][v] = s.utility().evaluation(i, v);
                }
                contrib[h][i] = s.utility().contributions(i);
                double top = Double.NEGATIVE_INFINITY;
                for (double c : contrib[h][i]) {
                    top = Math.max(top, beta * c);
                }
                double z = 0;
                for (double c : contrib[h][i]) {
                    z += Math.exp(beta * c - top);
                }
                logZ[h] += top + Math.log(z);
            }
        }
        Arrays.fill(p, 1.0 / n);
    }

    int size() {
        return p.length;
    }

    /** How many of the counterpart's offers have been observed. */
    int observed() {
        return observed;
    }

    /** Weighs every hypothesis by the likelihood of an offer the counterpart made. */
    void observe(int[] offer) {
        observed++;
        double max = Double.NEGATIVE_INFINITY;
        for (int h = 0; h < p.length; h++) {
            double u = utility(h, offer);
            double l = beta * u - logZ[h];
            if (u < reservation[h] || (real[h] && !profile.allows(domain, offer))) {
                l += Math.log(IMPLAUSIBLE);
            }
            logW[h] += l;
            max = Math.max(max, logW[h]);
        }
        double sum = 0;
        for (int h = 0; h < p.length; h++) {
            logW[h] -= max;
            p[h] = Math.exp(logW[h]);
            sum += p[h];
        }
        for (int h = 0; h < p.length; h++) {
            p[h] /= sum;
        }
    }

    /** Hypothesis h's utility of a package. */
    double utility(int h, int[] offer) {
        double u = 0;
        double[][] c = contrib[h];
        for (int i = 0; i < offer.length; i++) {
            u += c[i][offer[i]];
        }
        return u;
    }

    /** The posterior mean of the counterpart's utility of a package. */
    double meanUtility(int[] offer) {
        double u = 0;
        for (int h = 0; h < p.length; h++) {
            if (p[h] > 0) {
                u += p[h] * utility(h, offer);
            }
        }
        return u;
    }

    /** The counterpart's utility of a package: posterior mean and 90 % interval. */
    Estimate utility(int[] offer) {
        double[] x = new double[p.length];
        for (int h = 0; h < p.length; h++) {
            x[h] = utility(h, offer);
        }
        return estimate(x);
    }

    /** The counterpart's reservation value: posterior mean and 90 % interval. */
    Estimate reservation() {
        return estimate(reservation);
    }

    /** The weight of an issue: posterior mean and 90 % interval. */
    Estimate weight(int issue) {
        double[] x = new double[p.length];
        for (int h = 0; h < p.length; h++) {
            x[h] = weights[h][issue];
        }
        return estimate(x);
    }

    /** The same, under the prior (every hypothesis weighted alike). */
    Estimate priorWeight(int issue) {
        double[] x = new double[p.length];
        for (int h = 0; h < p.length; h++) {
            x[h] = weights[h][issue];
        }
        double[] flat = new double[p.length];
        Arrays.fill(flat, 1.0 / p.length);
        return Weighted.estimate(x, flat);
    }

    /** The prior's reservation value: mean and 90 % interval. */
    Estimate priorReservation() {
        double[] flat = new double[p.length];
        Arrays.fill(flat, 1.0 / p.length);
        return Weighted.estimate(reservation, flat);
    }

    /** The posterior mean evaluation of a value, in [0, 1]. */
    double evaluation(int issue, int value) {
        double e = 0;
        for (int h = 0; h < p.length; h++) {
            e += p[h] * evals[h][issue][value];
        }
        return e;
    }

    /** The posterior mean contribution {@code w·e} of every value of every issue. */
    double[][] meanContributions() {
        double[][] out = new double[domain.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new double[domain.issue(i).cardinality()];
            for (int h = 0; h < p.length; h++) {
                if (p[h] == 0) {
                    continue;
                }
                for (int v = 0; v < out[i].length; v++) {
                    out[i][v] += p[h] * contrib[h][i][v];
                }
            }
        }
        return out;
    }

    /**
     * The posterior probability that the counterpart accepts a package: it reaches its reservation
     * value and crosses none of the red lines we believe it holds, where those are real.
     */
    double pAccept(int[] offer) {
        boolean allowed = profile.allows(domain, offer);
        double s = 0;
        for (int h = 0; h < p.length; h++) {
            if (utility(h, offer) >= reservation[h] && (allowed || !real[h])) {
                s += p[h];
            }
        }
        return s;
    }

    /** The effective number of hypotheses, 1 / Σ p²: n before any offer, 1 when one hypothesis holds all the weight. */
    double effectiveSize() {
        double s = 0;
        for (double x : p) {
            s += x * x;
        }
        return 1 / s;
    }

    private Estimate estimate(double[] x) {
        return Weighted.estimate(x, p);
    }
}
