package org.detente.model;

import java.util.random.RandomGenerator;

/**
 * An uncertain number held as a belief: a fixed value, a uniform range or a triangular
 * distribution. Used by a {@link CounterpartProfile} for the weights, evaluations and reservation
 * value we believe another party has.
 *
 * <p>Every quantity a profile holds is a utility-scale number in [0, 1]; a belief may reach beyond
 * that interval, but it must put some probability inside it ({@link #checkUnit(String)}), and it is
 * sampled truncated to it ({@link #sampleUnit(RandomGenerator)}): one uniform draw mapped through
 * the inverse distribution function restricted to [F(0), F(1)], so exactly one random number is
 * consumed per sample, whatever the belief.
 */
public sealed interface Belief permits Belief.Fixed, Belief.Uniform, Belief.Triangular {

    /** Smallest value the belief allows. */
    double low();

    /** Largest value the belief allows. */
    double high();

    /** The distribution function: the probability of a value ≤ x. */
    double cdf(double x);

    /** The inverse distribution function at {@code p} in [0, 1]. */
    double quantile(double p);

    /** Whether the belief admits more than one value. */
    default boolean uncertain() {
        return high() > low();
    }

    /** Probability that the value lies in [0, 1]. */
    default double unitMass() {
        if (!uncertain()) {
            return low() >= 0 && low() <= 1 ? 1 : 0;
        }
        return cdf(1) - cdf(0);
    }

    /**
     * Checks that the belief puts some probability inside [0, 1], returning it.
     *
     * @param what what the belief is about, for the message
     * @throws IllegalArgumentException if it puts none there
     */
    default Belief checkUnit(String what) {
        if (!(unitMass() > 0)) {
            throw new IllegalArgumentException(what + ": the belief " + this.describe()
                    + " has no probability inside [0, 1]");
        }
        return this;
    }

    /**
     * One value drawn from the belief truncated to [0, 1]; consumes exactly one
     * {@code nextDouble()} of {@code rng}.
     */
    default double sampleUnit(RandomGenerator rng) {
        return atUnit(rng.nextDouble());
    }

    /**
     * The value at {@code u} in [0, 1] of the belief truncated to [0, 1]: the inverse distribution
     * function restricted to [F(0), F(1)] (a uniform {@code u} draws the truncated belief).
     */
    default double atUnit(double u) {
        if (!uncertain()) {
            return low();
        }
        double f0 = cdf(0);
        double f1 = cdf(1);
        double x = quantile(f0 + u * (f1 - f0));
        return x < 0 ? 0 : x > 1 ? 1 : x;
    }

    /** The belief in the case file's notation, e.g. {@code uniform [0.2, 0.4]}. */
    String describe();

    /** @throws IllegalArgumentException if the range [min, max] is empty */
    private static void checkOrder(double min, double max) {
        if (min > max) {
            throw new IllegalArgumentException("the range [" + min + ", " + max + "] is empty: its minimum exceeds its maximum");
        }
    }

    /**
     * A value held for certain.
     *
     * @param value the value, finite
     */
    record Fixed(double value) implements Belief {
        /** @throws IllegalArgumentException if the value is not finite */
        public Fixed {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("a fixed belief must be finite, was " + value);
            }
        }

        @Override
        public double low() {
            return value;
        }

        @Override
        public double high() {
            return value;
        }

        @Override
        public double cdf(double x) {
            return x >= value ? 1 : 0;
        }

        @Override
        public double quantile(double p) {
            return value;
        }

        @Override
        public String describe() {
            return Double.toString(value);
        }
    }

    /**
     * Every value in [min, max] equally likely.
     *
     * @param min smallest value
     * @param max largest value, ≥ min
     */
    record Uniform(double min, double max) implements Belief {
        /** @throws IllegalArgumentException if an end is not finite or min exceeds max */
        public Uniform {
            if (!Double.isFinite(min) || !Double.isFinite(max)) {
                throw new IllegalArgumentException("a range needs finite ends, was [" + min + ", " + max + "]");
            }
            checkOrder(min, max);
        }

        @Override
        public double low() {
            return min;
        }

        @Override
        public double high() {
            return max;
        }

        @Override
        public double cdf(double x) {
            if (x < min) {
                return 0;
            }
            return x >= max ? 1 : (x - min) / (max - min);
        }

        @Override
        public double quantile(double p) {
            return min + p * (max - min);
        }

        @Override
        public String describe() {
            return "uniform [" + min + ", " + max + "]";
        }
    }

    /**
     * A triangular distribution: zero density at min and max, its peak at mode.
     *
     * @param min  smallest value
     * @param mode most likely value, in [min, max]
     * @param max  largest value
     */
    record Triangular(double min, double mode, double max) implements Belief {
        /** @throws IllegalArgumentException if a parameter is not finite or they are out of order */
        public Triangular {
            if (!Double.isFinite(min) || !Double.isFinite(mode) || !Double.isFinite(max)) {
                throw new IllegalArgumentException("a triangular belief needs finite parameters");
            }
            checkOrder(min, max);
            if (mode < min || mode > max) {
                throw new IllegalArgumentException("the mode " + mode + " lies outside [" + min + ", " + max + "]");
            }
        }

        @Override
        public double low() {
            return min;
        }

        @Override
        public double high() {
            return max;
        }

        @Override
        public double cdf(double x) {
            if (x <= min) {
                return min == max && x >= min ? 1 : 0;
            }
            if (x >= max) {
                return 1;
            }
            double w = max - min;
            if (x <= mode) {
                return (x - min) * (x - min) / (w * (mode - min));
            }
            return 1 - (max - x) * (max - x) / (w * (max - mode));
        }

        @Override
        public double quantile(double p) {
            double w = max - min;
            if (w == 0) {
                return min;
            }
            double c = (mode - min) / w;
            if (p < c) {
                return min + Math.sqrt(p * w * (mode - min));
            }
            return max - Math.sqrt((1 - p) * w * (max - mode));
        }

        @Override
        public String describe() {
            return "triangular [" + min + ", " + mode + ", " + max + "]";
        }
    }
}
