package org.detente.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

import org.detente.model.Belief;
import org.detente.model.CounterpartProfile;
import org.detente.model.Domain;
import org.detente.model.Issue;
import org.detente.model.LinearAdditiveUtility;
import org.detente.analysis.RobustnessAnalysis.Estimate;

/**
 * The sampling kernel of {@link Robustness}: counts, for every candidate, the sampled counterparts
 * that accept it. Sample i draws from a {@link SplittableRandom} seeded by a mix of (seed, i) alone,
 * and chunk counts are summed as integers, so the counts are the same whatever the thread count.
 */
final class MonteCarlo {
    private static final int CHUNK = 256;
    /** The most samples the believed counterpart is averaged over. */
    static final int BELIEVED_SAMPLES = 1 << 20;

    /** One uncertain number of the profile, in draw order. */
    record Slot(String name, Belief belief, int issue, int value) {
    }

    private final int[][] candidates;
    private final boolean[] respects;
    private final double credibility;
    private final List<Slot> slots = new ArrayList<>();
    private final int rvSlot;
    private final int[] weightSlot;   // issue → slot, or -1
    private final int[][] evalSlot;   // issue → value → slot, or -1
    private final double[] statedWeight;
    private final double[][] statedEval;

    MonteCarlo(Domain domain, LinearAdditiveUtility stated, CounterpartProfile profile, int[][] candidates) {
        this.candidates = candidates;
        this.credibility = profile.credibility();
        int m = domain.size();
        respects = new boolean[candidates.length];
        for (int k = 0; k < candidates.length; k++) {
            respects[k] = profile.allows(domain, candidates[k]);
        }
        rvSlot = 0;
        slots.add(new Slot("reservation value", profile.reservation(), -1, -1));
        weightSlot = new int[m];
        evalSlot = new int[m][];
        statedWeight = new double[m];
        statedEval = new double[m][];
        for (int i = 0; i < m; i++) {
            Issue issue = domain.issue(i);
            statedWeight[i] = stated.weight(i);
            Belief w = profile.weights().get(i);
            weightSlot[i] = w == null ? -1 : add(new Slot("weight of " + issue.name(), w, i, -1));
            statedEval[i] = new double[issue.cardinality()];
            evalSlot[i] = new int[issue.cardinality()];
            var evals = profile.evaluations().getOrDefault(i, java.util.Map.of());
            for (int v = 0; v < statedEval[i].length; v++) {
                statedEval[i][v] = stated.evaluation(i, v);
                Belief e = evals.get(v);
                evalSlot[i][v] = e == null ? -1
                        : add(new Slot("evaluation of " + issue.name() + " = " + issue.label(v), e, i, v));
            }
        }
    }

    private int add(Slot s) {
        slots.add(s);
        return slots.size() - 1;
    }

    List<Slot> slots() {
        return List.copyOf(slots);
    }

    /**
     * Accepting samples per candidate.
     *
     * @param pool      the workers (the counts do not depend on their number)
     * @param hold      index of a slot held at {@code heldValue}, -1 for none, -2 for the
     *                  credibility (then {@code heldValue} is the probability used)
     * @param heldValue the value held
     * @param bonus     utility added to every sampled counterpart's utility of every candidate (the
     *                  value of gestures made beside the package)
     */
    int[] run(int samples, long seed, ForkJoinPool pool, int hold, double heldValue, double bonus) {
        int chunks = (samples + CHUNK - 1) / CHUNK;
        try {
            return pool.submit(() -> IntStream.range(0, chunks).parallel()
                    .mapToObj(ch -> chunk(ch * CHUNK, Math.min(samples, (ch + 1) * CHUNK), seed, hold, heldValue, bonus))
                    .reduce(new int[candidates.length], MonteCarlo::sum)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the Monte Carlo was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the Monte Carlo failed: " + e.getCause(), e.getCause());
        }
    }

    private static int[] sum(int[] a, int[] b) {
        int[] s = new int[a.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = a[i] + b[i];
        }
        return s;
    }

    private int[] chunk(int from, int to, long seed, int hold, double heldValue, double bonus) {
        Draw d = new Draw();
        int[] counts = new int[candidates.length];
        double cred = hold == -2 ? heldValue : credibility;
        for (int s = from; s < to; s++) {
            SplittableRandom rng = new SplittableRandom(streamSeed(seed, s));
            boolean binding = rng.nextDouble() < cred;
            d.draw(rng, hold, heldValue);
            double rv = d.x[rvSlot] - bonus - Zopas.SLACK;
            for (int k = 0; k < candidates.length; k++) {
                if (binding && !respects[k]) {
                    continue;
                }
                int[] c = candidates[k];
                double u = 0;
                for (int i = 0; i < c.length; i++) {
                    u += d.contrib[i][c[i]];
                }
                if (u >= rv) {
                    counts[k]++;
                }
            }
        }
        return counts;
    }

    /**
     * The counterpart as we believe it on average, from the same samples as {@link #run}: the mean
     * of each value's contribution w·e(v) (issue → value), and its reservation value's mean and 90 %
     * interval (5th and 95th percentiles of the samples) — over the first {@value #BELIEVED_SAMPLES}
     * samples at most, so that the percentiles' buffer stays within 8 MiB.
     */
    Believed believed(int samples, long seed) {
        samples = Math.min(samples, BELIEVED_SAMPLES);
        Draw d = new Draw();
        int m = statedWeight.length;
        double[][] mean = new double[m][];
        for (int i = 0; i < m; i++) {
            mean[i] = new double[statedEval[i].length];
        }
        double[] rvs = new double[samples];
        for (int s = 0; s < samples; s++) {
            SplittableRandom rng = new SplittableRandom(streamSeed(seed, s));
            rng.nextDouble();   // the credibility draw, as in run
            d.draw(rng, -1, 0);
            for (int i = 0; i < m; i++) {
                for (int v = 0; v < mean[i].length; v++) {
                    mean[i][v] += d.contrib[i][v];
                }
            }
            rvs[s] = d.x[rvSlot];
        }
        double rvMean = 0;
        for (int i = 0; i < m; i++) {
            for (int v = 0; v < mean[i].length; v++) {
                mean[i][v] /= samples;
            }
        }
        for (double r : rvs) {
            rvMean += r;
        }
        java.util.Arrays.sort(rvs);
        return new Believed(mean, new Estimate(rvMean / samples, rvs[(int) Math.floor(0.05 * (samples - 1))],
                rvs[(int) Math.ceil(0.95 * (samples - 1))]));
    }

    /**
     * The counterpart's preferences on average over our beliefs.
     *
     * @param contributions issue → value → mean contribution
     * @param reservation   its reservation value
     */
    record Believed(double[][] contributions, Estimate reservation) {
    }

    /** One sample's numbers, reused from sample to sample (nothing allocated per sample). */
    private final class Draw {
        final double[] x = new double[slots.size()];
        final double[] w = new double[statedWeight.length];
        final double[][] contrib = new double[statedWeight.length][];

        Draw() {
            for (int i = 0; i < contrib.length; i++) {
                contrib[i] = new double[statedEval[i].length];
            }
        }

        /** Draws every slot (holding one), then the normalised weights' contributions. */
        void draw(SplittableRandom rng, int hold, double heldValue) {
            int m = w.length;
            for (int k = 0; k < x.length; k++) {
                x[k] = slots.get(k).belief().sampleUnit(rng);
            }
            if (hold >= 0) {
                x[hold] = heldValue;
            }
            double total = 0;
            for (int i = 0; i < m; i++) {
                w[i] = weightSlot[i] < 0 ? statedWeight[i] : x[weightSlot[i]];
                total += w[i];
            }
            for (int i = 0; i < m; i++) {
                double wi = total > 0 ? w[i] / total : 0;
                for (int v = 0; v < contrib[i].length; v++) {
                    int slot = evalSlot[i][v];
                    contrib[i][v] = wi * (slot < 0 ? statedEval[i][v] : x[slot]);
                }
            }
        }
    }

    /** The seed of sample {@code index}'s stream: a strong 64-bit mix of the seed and the index. */
    static long streamSeed(long seed, long index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
