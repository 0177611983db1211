package org.detente.model;

import java.util.List;

/**
 * How one party values the values of one issue, on a scale from 0 (worst) to 1 (best).
 */
public sealed interface ValueFunction
        permits ValueFunction.Table, ValueFunction.Linear, ValueFunction.PiecewiseLinear {

    /** Evaluation of the value at {@code index} of {@code issue}. */
    double evaluate(Issue issue, int index);

    /**
     * Checks that the function fits {@code issue}, returning it.
     *
     * @throws IllegalArgumentException if it does not
     */
    ValueFunction checkFits(Issue issue);

    /**
     * One evaluation per value, in the issue's value order (discrete issues, or any enumerable issue).
     *
     * @param values evaluations, each finite and in [0, 1]
     */
    record Table(List<Double> values) implements ValueFunction {
        /** @throws IllegalArgumentException if an evaluation is not in [0, 1] */
        public Table {
            values = List.copyOf(values);
            for (int i = 0; i < values.size(); i++) {
                double v = values.get(i);
                if (!(v >= 0 && v <= 1)) {
                    throw new IllegalArgumentException("evaluation " + v + " of value #" + i + " is not in [0, 1]");
                }
            }
        }

        @Override
        public double evaluate(Issue issue, int index) {
            return values.get(index);
        }

        @Override
        public ValueFunction checkFits(Issue issue) {
            if (!issue.enumerable() || issue.cardinality() != values.size()) {
                throw new IllegalArgumentException("issue '" + issue.name() + "' has "
                        + (issue.enumerable() ? issue.cardinality() : "uncountably many") + " values but the table has "
                        + values.size());
            }
            return this;
        }
    }

    /**
     * A linear function of a numeric value, clipped to [0, 1]:
     * {@code e(x) = min(1, max(0, offset + slope·(x − origin)))}.
     * (GENIUS's integer evaluator is this with origin = the issue's lower bound; its real evaluator
     * the same with origin 0.)
     */
    record Linear(double slope, double offset, double origin) implements ValueFunction {
        /** @throws IllegalArgumentException if a parameter is not finite */
        public Linear {
            if (!Double.isFinite(slope) || !Double.isFinite(offset) || !Double.isFinite(origin)) {
                throw new IllegalArgumentException("linear value function needs finite slope, offset and origin");
            }
        }

        /** Value of the function at {@code x}. */
        public double at(double x) {
            double e = offset + slope * (x - origin);
            return e < 0 ? 0 : e > 1 ? 1 : e;
        }

        @Override
        public double evaluate(Issue issue, int index) {
            return at(issue.numeric(index));
        }

        @Override
        public ValueFunction checkFits(Issue issue) {
            if (issue instanceof DiscreteIssue) {
                throw new IllegalArgumentException("issue '" + issue.name() + "' is discrete: it needs a table, not a linear function");
            }
            return this;
        }
    }

    /**
     * A piecewise-linear function through points sorted by x, constant beyond the first and last.
     *
     * @param points at least one point, x strictly increasing, y in [0, 1]
     */
    record PiecewiseLinear(List<Point> points) implements ValueFunction {
        /** @throws IllegalArgumentException if the points are not usable */
        public PiecewiseLinear {
            points = List.copyOf(points);
            if (points.isEmpty()) {
                throw new IllegalArgumentException("piecewise-linear value function needs at least one point");
            }
            for (int i = 0; i < points.size(); i++) {
                Point p = points.get(i);
                if (i > 0 && !(p.x() > points.get(i - 1).x())) {
                    throw new IllegalArgumentException("piecewise-linear points must have strictly increasing x, at point #" + i);
                }
            }
        }

        /** Value of the function at {@code x}. */
        public double at(double x) {
            Point first = points.get(0);
            if (x <= first.x()) {
                return first.y();
            }
            for (int i = 1; i < points.size(); i++) {
                Point b = points.get(i);
                if (x <= b.x()) {
                    Point a = points.get(i - 1);
                    return a.y() + (b.y() - a.y()) * (x - a.x()) / (b.x() - a.x());
                }
            }
            return points.get(points.size() - 1).y();
        }

        @Override
        public double evaluate(Issue issue, int index) {
            return at(issue.numeric(index));
        }

        @Override
        public ValueFunction checkFits(Issue issue) {
            if (issue instanceof DiscreteIssue) {
                throw new IllegalArgumentException("issue '" + issue.name() + "' is discrete: it needs a table, not a piecewise-linear function");
            }
            return this;
        }
    }

    /**
     * One point of a piecewise-linear function.
     *
     * @param x the numeric issue value
     * @param y its evaluation, in [0, 1]
     */
    record Point(double x, double y) {
        /** @throws IllegalArgumentException if x is not finite or y not in [0, 1] */
        public Point {
            if (!Double.isFinite(x) || !(y >= 0 && y <= 1)) {
                throw new IllegalArgumentException("point (" + x + ", " + y + ") needs a finite x and y in [0, 1]");
            }
        }
    }
}
