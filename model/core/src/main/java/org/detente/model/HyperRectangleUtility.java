package org.detente.model;

import java.util.List;

/**
 * GENIUS's non-linear utility: a sum of hyper-rectangle constraints, divided by a normaliser and
 * capped at 1. An outcome earns a rectangle's utility when every bound of the rectangle contains
 * the outcome's (numeric) value on that bound's issue.
 *
 * @param domain     the domain scored; every bounded issue must be numeric (integer or real)
 * @param rectangles the constraints
 * @param maxUtility the normaliser (GENIUS's {@code maxutility}), positive
 */
public record HyperRectangleUtility(Domain domain, List<Rectangle> rectangles, double maxUtility)
        implements UtilityFunction {

    /** @throws IllegalArgumentException if a bound names a missing or non-numeric issue */
    public HyperRectangleUtility {
        rectangles = List.copyOf(rectangles);
        if (!(maxUtility > 0) || Double.isInfinite(maxUtility)) {
            throw new IllegalArgumentException("maxutility must be positive and finite, was " + maxUtility);
        }
        for (Rectangle r : rectangles) {
            for (Bound b : r.bounds()) {
                if (b.issue() < 0 || b.issue() >= domain.size()) {
                    throw new IllegalArgumentException("a hyper-rectangle bounds issue #" + b.issue()
                            + " but the domain has " + domain.size() + " issues");
                }
                if (domain.issue(b.issue()) instanceof DiscreteIssue) {
                    throw new IllegalArgumentException("a hyper-rectangle bounds the discrete issue '"
                            + domain.issue(b.issue()).name() + "'");
                }
            }
        }
    }

    @Override
    public double utility(int[] values) {
        double sum = 0;
        for (Rectangle r : rectangles) {
            if (r.contains(domain, values)) {
                sum += r.utility();
            }
        }
        double u = sum / maxUtility;
        return u > 1 ? 1 : u;
    }

    /**
     * One constraint: the utility earned inside all its bounds.
     *
     * @param utility the utility earned (may be negative)
     * @param bounds  the bounds, on distinct issues
     */
    public record Rectangle(double utility, List<Bound> bounds) {
        /** @throws IllegalArgumentException if the utility is not finite */
        public Rectangle {
            bounds = List.copyOf(bounds);
            if (!Double.isFinite(utility)) {
                throw new IllegalArgumentException("hyper-rectangle utility must be finite");
            }
        }

        boolean contains(Domain domain, int[] values) {
            for (Bound b : bounds) {
                double x = domain.issue(b.issue()).numeric(values[b.issue()]);
                if (x < b.min() || x > b.max()) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * An inclusive interval on one issue.
     *
     * @param issue index of the issue in the domain (0-based)
     * @param min   smallest value inside
     * @param max   largest value inside
     */
    public record Bound(int issue, double min, double max) {
        /** @throws IllegalArgumentException if min &gt; max */
        public Bound {
            if (!(min <= max)) {
                throw new IllegalArgumentException("bound on issue #" + issue + ": min " + min + " > max " + max);
            }
        }
    }
}
