package org.detente.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.detente.model.Belief;
import org.detente.model.CounterpartProfile;
import org.detente.model.Domain;
import org.detente.model.Issue;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.ValueFunction;

/**
 * Draws whole counterparts from a {@link CounterpartProfile}, exactly as {@link Robustness} samples
 * them: counterpart {@code i} of seed {@code s} here is sample {@code i} of a Monte Carlo seeded with
 * {@code s} (same stream, same draw order: whether the believed red lines are real, the reservation
 * value, then every uncertain weight and evaluation in issue and value order), so that a rehearsal
 * against sampled counterparts plays the very counterparts whose acceptance the robustness analysis
 * counted.
 *
 * <p>Immutable and safe to share between threads; {@link #draw(long, long)} is a pure function of
 * its arguments.
 */
public final class CounterpartSampler {
    private final Domain domain;
    private final LinearAdditiveUtility stated;
    private final CounterpartProfile profile;
    private final List<Belief> beliefs = new ArrayList<>();
    private final int[] weightSlot;
    private final int[][] evalSlot;

    /**
     * @param domain  the case's domain (every issue enumerable)
     * @param stated  the counterpart's stated preferences: what the profile does not mention
     * @param profile our beliefs about it
     * @throws IllegalArgumentException if an issue is not enumerable or the profile does not fit the domain
     */
    public CounterpartSampler(Domain domain, LinearAdditiveUtility stated, CounterpartProfile profile) {
        this.domain = domain;
        this.stated = stated;
        this.profile = profile.checkFits(domain);
        int m = domain.size();
        beliefs.add(profile.reservation());
        weightSlot = new int[m];
        evalSlot = new int[m][];
        for (int i = 0; i < m; i++) {
            Issue issue = domain.issue(i);
            if (!issue.enumerable()) {
                throw new IllegalArgumentException("issue '" + issue.name() + "' is not enumerable: give it a step");
            }
            Belief w = profile.weights().get(i);
            weightSlot[i] = w == null ? -1 : add(w);
            evalSlot[i] = new int[issue.cardinality()];
            Map<Integer, Belief> evals = profile.evaluations().getOrDefault(i, Map.of());
            for (int v = 0; v < evalSlot[i].length; v++) {
                Belief e = evals.get(v);
                evalSlot[i][v] = e == null ? -1 : add(e);
            }
        }
    }

    private int add(Belief b) {
        beliefs.add(b);
        return beliefs.size() - 1;
    }

    /**
     * One sampled counterpart.
     *
     * @param utility      its utility: sampled weights normalised to sum 1, sampled evaluations as tables
     * @param reservation  its sampled reservation value
     * @param redLinesReal whether, in this sample, the believed red lines are real (probability: the
     *                     profile's credibility)
     */
    public record Sample(LinearAdditiveUtility utility, double reservation, boolean redLinesReal) {
    }

    /** The profile sampled. */
    public CounterpartProfile profile() {
        return profile;
    }

    /**
     * Counterpart {@code index} of the stream seeded by {@code seed}.
     *
     * @param seed  the seed (as given to {@link RobustnessOptions})
     * @param index the sample's index, ≥ 0
     */
    public Sample draw(long seed, long index) {
        SplittableRandom rng = new SplittableRandom(MonteCarlo.streamSeed(seed, index));
        boolean real = rng.nextDouble() < profile.credibility();
        double[] x = new double[beliefs.size()];
        for (int k = 0; k < x.length; k++) {
            x[k] = beliefs.get(k).sampleUnit(rng);
        }
        int m = domain.size();
        double[] w = new double[m];
        double total = 0;
        for (int i = 0; i < m; i++) {
            w[i] = weightSlot[i] < 0 ? stated.weight(i) : x[weightSlot[i]];
            total += w[i];
        }
        List<Double> weights = new ArrayList<>(m);
        List<ValueFunction> functions = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            weights.add(total > 0 ? w[i] / total : 0);
            List<Double> table = new ArrayList<>(evalSlot[i].length);
            for (int v = 0; v < evalSlot[i].length; v++) {
                table.add(evalSlot[i][v] < 0 ? stated.evaluation(i, v) : x[evalSlot[i][v]]);
            }
            functions.add(new ValueFunction.Table(table));
        }
        return new Sample(new LinearAdditiveUtility(domain, weights, functions), x[0], real);
    }
}
