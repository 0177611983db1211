package org.detente.track;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.detente.analysis.CounterpartSampler;
import org.detente.analysis.RobustnessAnalysis.Estimate;
import org.detente.model.CounterpartProfile;
import org.detente.model.Domain;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationRecord;

/**
 * Our beliefs about the counterpart as a weighted sample: hypotheses drawn from the prior (a
 * {@link CounterpartProfile}), then moved and weighed towards the posterior given the counterpart's
 * offers by annealed sequential Monte Carlo (the likelihood raised to a power growing from 0 to 1,
 * each step reweighting, resampling and moving every hypothesis by Metropolis steps in the beliefs'
 * quantile space, where the prior is uniform: hypotheses never leave the prior's support).
 *
 * <p>The model of how people offer (the likelihood), for each offer of the counterpart: it prefers
 * its offer to our last one, which it did not accept, {@code σ(β·(u(offer) − u(ours)))}; on each
 * issue, the value it offers is a logit choice by its evaluation, {@code P(v) ∝ exp(γ·e(v))} with
 * γ = {@value #CHOICE} (how much it likes a value shows in how often it offers it, whatever the
 * issue's weight); people concede in small steps, the change in its utility from its previous offer
 * a Gaussian of spread {@value #STEP} around 0, and it keeps an issue's value from one offer to the
 * next with probability {@code σ(κ·(m·w − 1))}, κ = {@value #KEEP}, for m issues — the issues it
 * keeps are those it weighs above the average (the frequency model's statistic, as evidence); and
 * an offer worth less to the offerer than its reservation value, or crossing a red line it really
 * holds, is {@value #IMPLAUSIBLE} times less likely. Identical evidence (a repeated offer against the
 * same offer of ours) is counted, not repeated.
 *
 * <p>Each Metropolis step's spread in a coordinate is a multiple of the sample's own spread there,
 * the multiple tuned between sweeps towards a quarter of the moves accepted (a population-adapted
 * random walk: with a fixed spread, the moves stalled once the posterior narrowed and the sample
 * collapsed onto a few hypotheses — docs/track-benchmark.md).
 */
final class Posterior {
    /** How much less likely an offer below one's limit or across one's red line is. */
    static final double IMPLAUSIBLE = 0.05;
    /**
     * How sharply the value offered on each issue follows its evaluation: {@code P(v) ∝ exp(γ·e(v))}
     * (measured against 1, 4, 8 and the package logit: docs/track-benchmark.md).
     */
    static final double CHOICE = 2;
    /** Spread of the change in the offerer's utility from one of its offers to the next: people concede in small steps. */
    static final double STEP = 0.1;
    /**
     * How sharply keeping an issue's value from one offer to the next tells its weight: kept with
     * probability {@code σ(κ·(m·w − 1))} for m issues (measured against 3: docs/track-benchmark.md).
     */
    static final double KEEP = 1;
    /**
     * Metropolis sweeps after each annealing step (3 left the posterior means noisy, which cost the
     * estimate most when few offers are in: docs/track-benchmark.md).
     */
    private static final int SWEEPS = 9;
    /** Least spread of a Metropolis step in any coordinate of quantile space. */
    private static final double MIN_SPREAD = 0.005;
    /** Most annealing steps. */
    private static final int MAX_STEPS = 40;
    private final Domain domain;
    private final CounterpartProfile profile;
    private final CounterpartSampler sampler;
    private final double[][] units;
    private final double[][] weights;
    private final double[][][] evals;
    private final double[][][] contrib;
    private final double[] reservation;
    private final boolean[] real;
    private final double[] logZ;
    private final double[] p;
    private final double beta;
    private final SplittableRandom rng;
    private final List<Evidence> evidence = new ArrayList<>();
    /** How many times each value of each issue was offered, over all the evidence. */
    private final int[][] valueCounts;
    /** How many times each issue's value was kept from the counterpart's previous offer, and changed. */
    private final int[] kept;
    private final int[] changed;
    /**
     * The distinct packages of the evidence, and where each piece of evidence's offer, the
     * counterpart's previous offer and our last offer are among them (−1: none).
     */
    private final List<int[]> packages = new ArrayList<>();
    private int[] evOffer;
    private int[] evBefore;
    private int[] evOurs;
    /** Scratch: the utility of every package under the hypothesis being weighed. */
    private double[] packageUtility;
    /** How many offers the evidence counts. */
    private int offered;
    private int observed;
    private final Estimate[] priorWeights;
    private final Estimate priorReservation;

    /** One offer of the counterpart, against our last offer before it; {@code count} times. */
    private record Evidence(int[] offer, int[] before, int[] ours, boolean crosses, int count) {
    }

    Posterior(Domain domain, LinearAdditiveUtility stated, CounterpartProfile profile, TrackOptions o) {
        this.domain = domain;
        this.profile = profile;
        this.sampler = new CounterpartSampler(domain, stated, profile);
        int n = o.hypotheses();
        int m = domain.size();
        units = new double[n][sampler.dimensions()];
        weights = new double[n][m];
        evals = new double[n][m][];
        contrib = new double[n][m][];
        reservation = new double[n];
        real = new boolean[n];
        logZ = new double[n];
        p = new double[n];
        valueCounts = new int[m][];
        for (int i = 0; i < m; i++) {
            valueCounts[i] = new int[domain.issue(i).cardinality()];
        }
        kept = new int[m];
        changed = new int[m];
        beta = o.rationality();
        rng = new SplittableRandom(o.seed());
        for (int h = 0; h < n; h++) {
            real[h] = rng.nextDouble() < profile.credibility();
            for (int k = 0; k < units[h].length; k++) {
                units[h][k] = rng.nextDouble();
            }
            fill(h);
        }
        Arrays.fill(p, 1.0 / n);
        priorWeights = new Estimate[m];
        for (int i = 0; i < m; i++) {
            priorWeights[i] = weight(i);
        }
        priorReservation = reservation();
    }

    /** Works out hypothesis h from its units. */
    private void fill(int h) {
        reservation[h] = sampler.at(units[h], weights[h], evals[h]);
        logZ[h] = 0;
        for (int i = 0; i < weights[h].length; i++) {
            double[] c = new double[evals[h][i].length];
            double z = 0;
            for (int v = 0; v < c.length; v++) {
                c[v] = weights[h][i] * evals[h][i][v];
                // evaluations lie in [0, 1]: exp(γ·(e − 1)) neither overflows nor vanishes
                z += Math.exp(CHOICE * (evals[h][i][v] - 1));
            }
            logZ[h] += CHOICE + Math.log(z);
            contrib[h][i] = c;
        }
    }

    int size() {
        return p.length;
    }

    /** How many of the counterpart's offers have been observed. */
    int observed() {
        return observed;
    }

    /** Learns from the counterpart's offers in the record (once: the posterior given all of them). */
    void observeAll(NegotiationRecord r) {
        Map<String, Evidence> seen = new LinkedHashMap<>();
        int[] ours = null;
        int[] before = null;
        for (NegotiationRecord.Offer offer : r.offers()) {
            int[] v = offer.outcome().toArray();
            if (offer.by().equals(r.counterpart())) {
                observed++;
                String key = Arrays.toString(v) + Arrays.toString(before) + Arrays.toString(ours);
                Evidence e = seen.get(key);
                seen.put(key, new Evidence(v, before, ours, !profile.allows(domain, v), e == null ? 1 : e.count() + 1));
                before = v;
            } else {
                ours = v;
            }
        }
        evidence.addAll(seen.values());
        for (Evidence e : evidence) {
            offered += e.count();
            for (int i = 0; i < valueCounts.length; i++) {
                valueCounts[i][e.offer()[i]] += e.count();
                if (e.before() != null) {
                    if (e.before()[i] == e.offer()[i]) {
                        kept[i] += e.count();
                    } else {
                        changed[i] += e.count();
                    }
                }
            }
        }
        // every distinct package of the evidence, so each hypothesis values it once
        Map<String, Integer> index = new LinkedHashMap<>();
        int k = evidence.size();
        evOffer = new int[k];
        evBefore = new int[k];
        evOurs = new int[k];
        for (int j = 0; j < k; j++) {
            Evidence e = evidence.get(j);
            evOffer[j] = indexOf(index, e.offer());
            evBefore[j] = e.before() == null ? -1 : indexOf(index, e.before());
            evOurs[j] = e.ours() == null ? -1 : indexOf(index, e.ours());
        }
        packageUtility = new double[packages.size()];
        if (!evidence.isEmpty()) {
            anneal();
        }
    }

    private int indexOf(Map<String, Integer> index, int[] pkg) {
        return index.computeIfAbsent(Arrays.toString(pkg), x -> {
            packages.add(pkg);
            return packages.size() - 1;
        });
    }

    /**
     * Log-likelihood of all the evidence under hypothesis h. The terms that depend on one issue at a
     * time (the value chosen on each issue, the issues kept) are summed from counts gathered once.
     */
    private double logLikelihood(int h) {
        double l = -offered * logZ[h];
        for (int i = 0; i < valueCounts.length; i++) {
            double[] e = evals[h][i];
            int[] c = valueCounts[i];
            for (int v = 0; v < c.length; v++) {
                if (c[v] > 0) {
                    l += CHOICE * c[v] * e[v];
                }
            }
            // the frequency model's statistic as evidence: the issues it keeps are those it weighs
            double z = KEEP * (valueCounts.length * weights[h][i] - 1);
            l += kept[i] * logistic(z) + changed[i] * logistic(-z);
        }
        double[] pu = packageUtility;
        for (int j = 0; j < pu.length; j++) {
            pu[j] = utility(h, packages.get(j));
        }
        for (int j = 0; j < evOffer.length; j++) {
            Evidence e = evidence.get(j);
            double u = pu[evOffer[j]];
            double x = 0;
            if (evOurs[j] >= 0) {
                x += logistic(beta * (u - pu[evOurs[j]]));
            }
            if (evBefore[j] >= 0) {
                double step = (pu[evBefore[j]] - u) / STEP;
                x -= step * step / 2;
            }
            if (u < reservation[h] || (real[h] && e.crosses())) {
                x += Math.log(IMPLAUSIBLE);
            }
            l += e.count() * x;
        }
        return l;
    }

    /** log σ(x), computed stably. */
    private static double logistic(double x) {
        return x >= 0 ? -Math.log1p(Math.exp(-x)) : x - Math.log1p(Math.exp(x));
    }

    private void anneal() {
        int n = p.length;
        double[] ll = new double[n];
        for (int h = 0; h < n; h++) {
            ll[h] = logLikelihood(h);
        }
        double lambda = 0;
        double scale = 2.38 / Math.sqrt(units[0].length);
        for (int step = 0; step < MAX_STEPS && lambda < 1; step++) {
            double delta = increment(ll, 1 - lambda, step == MAX_STEPS - 1);
            lambda += delta;
            reweight(ll, delta);
            if (lambda >= 1) {
                break;
            }
            resample(ll);
            for (int sweep = 0; sweep < SWEEPS; sweep++) {
                // tuned between sweeps towards a quarter of the moves accepted
                double rate = move(ll, lambda, scale);
                scale = Math.min(2, Math.max(0.05, scale * (rate < 0.15 ? 0.6 : rate > 0.4 ? 1.5 : 1)));
            }
        }
    }

    /** The largest step (at most {@code room}) that keeps half the sample effective. */
    private double increment(double[] ll, double room, boolean last) {
        if (last || effective(ll, room) >= p.length / 2.0) {
            return room;
        }
        double lo = 0;
        double hi = room;
        for (int k = 0; k < 30; k++) {
            double mid = (lo + hi) / 2;
            if (effective(ll, mid) >= p.length / 2.0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return Math.max(lo, 1e-6);
    }

    private double effective(double[] ll, double delta) {
        double max = Double.NEGATIVE_INFINITY;
        for (int h = 0; h < ll.length; h++) {
            max = Math.max(max, Math.log(p[h]) + delta * ll[h]);
        }
        double s = 0;
        double s2 = 0;
        for (int h = 0; h < ll.length; h++) {
            double w = Math.exp(Math.log(p[h]) + delta * ll[h] - max);
            s += w;
            s2 += w * w;
        }
        return s * s / s2;
    }

    private void reweight(double[] ll, double delta) {
        double max = Double.NEGATIVE_INFINITY;
        double[] lw = new double[p.length];
        for (int h = 0; h < p.length; h++) {
            lw[h] = Math.log(p[h]) + delta * ll[h];
            max = Math.max(max, lw[h]);
        }
        double sum = 0;
        for (int h = 0; h < p.length; h++) {
            p[h] = Math.exp(lw[h] - max);
            sum += p[h];
        }
        for (int h = 0; h < p.length; h++) {
            p[h] /= sum;
        }
    }

    /** Systematic resampling: every hypothesis kept in proportion to its weight, then weighted alike. */
    private void resample(double[] ll) {
        int n = p.length;
        double[][] u = new double[n][];
        boolean[] r = new boolean[n];
        double[] l = new double[n];
        double[][] w = new double[n][];
        double[][][] e = new double[n][][];
        double[][][] c2 = new double[n][][];
        double[] res = new double[n];
        double[] z = new double[n];
        double step = 1.0 / n;
        double x = rng.nextDouble() * step;
        double c = p[0];
        int j = 0;
        for (int h = 0; h < n; h++) {
            while (x > c && j < n - 1) {
                c += p[++j];
            }
            u[h] = units[j].clone();
            r[h] = real[j];
            l[h] = ll[j];
            // what fill(j) derived from units[j], copied rather than derived again: the sampler writes
            // weights in place and replaces evaluation rows, fill replaces contribution rows
            w[h] = weights[j].clone();
            e[h] = evals[j].clone();
            c2[h] = contrib[j].clone();
            res[h] = reservation[j];
            z[h] = logZ[j];
            x += step;
        }
        for (int h = 0; h < n; h++) {
            units[h] = u[h];
            real[h] = r[h];
            ll[h] = l[h];
            weights[h] = w[h];
            evals[h] = e[h];
            contrib[h] = c2[h];
            reservation[h] = res[h];
            logZ[h] = z[h];
        }
        Arrays.fill(p, step);
    }

    /**
     * One Metropolis sweep at power {@code lambda}: a Gaussian step in quantile space, reflected into
     * [0, 1], each coordinate's spread {@code scale} times the sample's own spread there (so steps
     * follow the posterior's shape as it narrows). Answers the share of moves accepted.
     */
    private double move(double[] ll, double lambda, double scale) {
        int n = p.length;
        int dims = units[0].length;
        double[] sigma = new double[dims];
        for (int k = 0; k < dims; k++) {
            double mean = 0;
            for (int h = 0; h < n; h++) {
                mean += p[h] * units[h][k];
            }
            double var = 0;
            for (int h = 0; h < n; h++) {
                double d = units[h][k] - mean;
                var += p[h] * d * d;
            }
            sigma[k] = scale * Math.max(Math.sqrt(var), MIN_SPREAD);
        }
        double credibility = profile.credibility();
        int accepted = 0;
        for (int h = 0; h < n; h++) {
            double[] old = units[h].clone();
            boolean oldReal = real[h];
            double[] oldWeights = weights[h].clone();
            double[][] oldEvals = evals[h].clone();
            double[][] oldContrib = contrib[h].clone();
            double oldReservation = reservation[h];
            double oldLogZ = logZ[h];
            for (int k = 0; k < dims; k++) {
                double y = old[k] + sigma[k] * rng.nextGaussian();
                y = Math.abs(y);
                y = y > 1 ? 2 - y : y;
                units[h][k] = Math.max(0, Math.min(1, y));
            }
            double prior = 0;
            if (credibility > 0 && credibility < 1 && rng.nextDouble() < 0.1) {
                real[h] = !real[h];
                prior = real[h] ? Math.log(credibility / (1 - credibility)) : Math.log((1 - credibility) / credibility);
            }
            fill(h);
            double l = logLikelihood(h);
            if (Math.log(rng.nextDouble()) < lambda * (l - ll[h]) + prior) {
                ll[h] = l;
                accepted++;
            } else {
                units[h] = old; // and what fill(h) had derived from it, kept rather than derived again
                real[h] = oldReal;
                weights[h] = oldWeights;
                evals[h] = oldEvals;
                contrib[h] = oldContrib;
                reservation[h] = oldReservation;
                logZ[h] = oldLogZ;
            }
        }
        return accepted / (double) n;
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

    /** The same, under the prior (as drawn, before any offer). */
    Estimate priorWeight(int issue) {
        return priorWeights[issue];
    }

    /** The prior's reservation value: mean and 90 % interval. */
    Estimate priorReservation() {
        return priorReservation;
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
        return Math.min(1, s);
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
