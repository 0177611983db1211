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
        double[] units = new double[beliefs.size()];
        for (int k = 0; k < units.length; k++) {
            units[k] = rng.nextDouble();
        }
        int m = domain.size();
        double[] w = new double[m];
        double[][] e = new double[m][];
        double reservation = at(units, w, e);
        List<Double> weights = new ArrayList<>(m);
        List<ValueFunction> functions = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            weights.add(w[i]);
            List<Double> table = new ArrayList<>(e[i].length);
            for (double x : e[i]) {
                table.add(x);
            }
            functions.add(new ValueFunction.Table(table));
        }
        return new Sample(new LinearAdditiveUtility(domain, weights, functions), reservation, real);
    }

    /** The number of uncertain beliefs (the reservation value first): the length of the units {@link #at} takes. */
    public int dimensions() {
        return beliefs.size();
    }

    /**
     * The counterpart at these units: belief k takes the value {@link Belief#atUnit} of {@code units[k]}
     * (so units uniform on [0, 1] draw the profile's beliefs); what the profile does not mention is the
     * stated preferences'.
     *
     * @param units       one number in [0, 1] per belief, in draw order
     * @param weights     filled with the weights, normalised to sum 1 (length: the issues)
     * @param evaluations filled with each issue's evaluations (fresh arrays)
     * @return the reservation value
     */
    public double at(double[] units, double[] weights, double[][] evaluations) {
        double[] x = new double[beliefs.size()];
        for (int k = 0; k < x.length; k++) {
            x[k] = beliefs.get(k).atUnit(units[k]);
        }
        int m = domain.size();
        double total = 0;
        for (int i = 0; i < m; i++) {
            weights[i] = weightSlot[i] < 0 ? stated.weight(i) : x[weightSlot[i]];
            total += weights[i];
        }
        for (int i = 0; i < m; i++) {
            weights[i] = total > 0 ? weights[i] / total : 0;
            evaluations[i] = new double[evalSlot[i].length];
            for (int v = 0; v < evalSlot[i].length; v++) {
                evaluations[i][v] = evalSlot[i][v] < 0 ? stated.evaluation(i, v) : x[evalSlot[i][v]];
            }
        }
        return x[0];
    }
}
