package org.detente.model;

/**
 * An issue whose values are real numbers in {@code [min, max]}.
 *
 * <p>A real issue is enumerable only with a stated {@code step}: its values are then
 * {@code min, min + step, min + 2·step, …} up to {@code max} (and {@code max} itself, which is
 * always a value). Without a step ({@code step} is NaN) the issue is a continuum: analyses that
 * must enumerate refuse it with a message that asks for a step.
 *
 * @param name the issue's name
 * @param min  lower bound
 * @param max  upper bound, at least {@code min}
 * @param step distance between enumerated values, positive, or NaN for none
 */
public record RealIssue(String name, double min, double max, double step) implements Issue {

    /** Largest number of values a stepped real issue may have. */
    public static final int MAX_VALUES = 1 << 24;

    /** @throws IllegalArgumentException if the bounds or the step are not usable */
    public RealIssue {
        name = Checks.name(name, "issue name");
        if (!Double.isFinite(min) || !Double.isFinite(max) || max < min) {
            throw new IllegalArgumentException(
                    "issue '" + name + "': range [" + min + ", " + max + "] is not a finite interval");
        }
        if (!Double.isNaN(step)) {
            if (!(step > 0) || Double.isInfinite(step)) {
                throw new IllegalArgumentException("issue '" + name + "': step " + step + " must be positive");
            }
            double count = Math.floor((max - min) / step + 1e-9) + 2;
            if (count > MAX_VALUES) {
                throw new IllegalArgumentException("issue '" + name + "': step " + step
                        + " gives more than " + MAX_VALUES + " values");
            }
        }
    }

    /** A real issue without a step (a continuum). */
    public static RealIssue continuous(String name, double min, double max) {
        return new RealIssue(name, min, max, Double.NaN);
    }

    @Override
    public boolean enumerable() {
        return !Double.isNaN(step);
    }

    @Override
    public int cardinality() {
        if (!enumerable()) {
            throw new IllegalStateException("real issue '" + name + "' has no step, so its values cannot be listed");
        }
        long inner = (long) Math.floor((max - min) / step + 1e-9);
        // values min + k·step for k = 0..inner, plus max when the last step falls short of it
        return (int) (min + inner * step < max - 1e-9 * Math.max(1, Math.abs(max)) ? inner + 2 : inner + 1);
    }

    /** The real number at {@code index}. */
    public double value(int index) {
        int n = cardinality();
        if (index < 0 || index >= n) {
            throw new IndexOutOfBoundsException("index " + index + " outside issue '" + name + "'");
        }
        return index == n - 1 ? max : min + index * step;
    }

    @Override
    public String label(int index) {
        return format(value(index));
    }

    @Override
    public int indexOf(String text) {
        if (!enumerable()) {
            return -1;
        }
        double v;
        try {
            v = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
        int n = cardinality();
        long k = Math.round((v - min) / step);
        double tol = 1e-9 * Math.max(1, Math.abs(v));
        if (k >= 0 && k < n && Math.abs(value((int) k) - v) <= tol) {
            return (int) k;
        }
        return Math.abs(max - v) <= tol ? n - 1 : -1;
    }

    @Override
    public double numeric(int index) {
        return value(index);
    }

    /** Shortest text for a real value: integers without a fraction, others as Java prints them. */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
