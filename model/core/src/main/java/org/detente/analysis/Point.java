package org.detente.analysis;

import java.util.List;

import org.detente.model.Outcome;

/**
 * An outcome with every party's utility of it.
 *
 * @param outcome   the package
 * @param utilities one utility per party, in the case's party order
 */
public record Point(Outcome outcome, List<Double> utilities) {
    /** @throws NullPointerException if an argument is null */
    public Point {
        java.util.Objects.requireNonNull(outcome, "outcome");
        utilities = List.copyOf(utilities);
    }

    /** Utility of party {@code p}. */
    public double utility(int p) {
        return utilities.get(p);
    }

    /** The utilities as a fresh array. */
    public double[] vector() {
        double[] v = new double[utilities.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = utilities.get(i);
        }
        return v;
    }
}
