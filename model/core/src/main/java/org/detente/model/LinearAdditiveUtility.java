package org.detente.model;

import java.util.List;

/**
 * Linear additive utility: {@code u(o) = Σᵢ wᵢ · eᵢ(oᵢ)}, summed in issue order.
 *
 * <p>Weights are finite and non-negative; this record does not force them to sum to 1 (GENIUS files
 * exist whose weights sum to 1.0001, and their arithmetic is kept); the case-file loader checks
 * the sum.
 *
 * @param domain    the domain scored
 * @param weights   one weight per issue
 * @param functions one value function per issue
 */
public record LinearAdditiveUtility(Domain domain, List<Double> weights, List<ValueFunction> functions)
        implements UtilityFunction {

    /** @throws IllegalArgumentException if the lists do not match the domain or a weight is invalid */
    public LinearAdditiveUtility {
        weights = List.copyOf(weights);
        functions = List.copyOf(functions);
        if (weights.size() != domain.size() || functions.size() != domain.size()) {
            throw new IllegalArgumentException("domain '" + domain.name() + "' has " + domain.size()
                    + " issues but " + weights.size() + " weights and " + functions.size() + " value functions were given");
        }
        for (int i = 0; i < domain.size(); i++) {
            Checks.finiteNonNegative(weights.get(i), "weight of issue '" + domain.issue(i).name() + "'");
            functions.get(i).checkFits(domain.issue(i));
        }
    }

    /** Weight of issue {@code issue}. */
    public double weight(int issue) {
        return weights.get(issue);
    }

    /** Evaluation (unweighted, in [0, 1]) of value {@code index} of issue {@code issue}. */
    public double evaluation(int issue, int index) {
        return functions.get(issue).evaluate(domain.issue(issue), index);
    }

    /**
     * Weighted contributions {@code wᵢ·eᵢ(v)} of every value of an enumerable issue, a fresh array:
     * the kernels' view of this function.
     */
    public double[] contributions(int issue) {
        Issue is = domain.issue(issue);
        double w = weights.get(issue);
        double[] c = new double[is.cardinality()];
        for (int v = 0; v < c.length; v++) {
            c[v] = w * evaluation(issue, v);
        }
        return c;
    }

    /** Sum of the weights. */
    public double weightSum() {
        double s = 0;
        for (double w : weights) {
            s += w;
        }
        return s;
    }

    @Override
    public double utility(int[] values) {
        double u = 0;
        for (int i = 0; i < values.length; i++) {
            u += weights.get(i) * evaluation(i, values[i]);
        }
        return u;
    }
}
