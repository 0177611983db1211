package org.detente.formats.genius;

import org.detente.model.DiscreteIssue;
import org.detente.model.IntegerIssue;
import org.detente.model.Issue;
import org.detente.model.RealIssue;
import org.detente.model.ValueFunction;

/** Which value functions GENIUS's numeric evaluators express, and how. */
final class Functions {
    /** Largest number of values checked one by one when a linear function is re-anchored. */
    private static final int MAX_CHECKED = 1_000_000;

    private Functions() {
    }

    /**
     * GENIUS evaluator parameters.
     *
     * @param slope      integer {@code slope} / real {@code parameter1}
     * @param offset     integer {@code offset} / real {@code parameter0}
     * @param lowerbound integer issues: the profile's {@code lowerbound} (GENIUS's origin); real: 0
     */
    record Native(double slope, double offset, long lowerbound) {
    }

    static String word(Issue issue) {
        if (issue instanceof DiscreteIssue) {
            return "discrete";
        } else if (issue instanceof IntegerIssue) {
            return "integer";
        } else if (issue instanceof RealIssue) {
            return "real";
        }
        throw new AssertionError(issue);
    }

    static void checkIntBounds(IntegerIssue ii) {
        if (ii.min() < Integer.MIN_VALUE || ii.max() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("issue '" + ii.name() + "': GENIUS integer issues need 32-bit bounds, not "
                    + ii.min() + ".." + ii.max());
        }
    }

    /**
     * The GENIUS evaluator reproducing {@code fn} on a numeric issue, or null if there is none.
     * Integer: GENIUS computes {@code offset + slope·(x − lowerbound)} clipped, so a
     * {@link ValueFunction.Linear} with a whole-number origin is written as is (same arithmetic).
     * Real: GENIUS computes {@code parameter1·x + parameter0} clipped, so origin 0 is exact; another
     * origin is folded into the offset, checked value by value when the issue is enumerable (null if
     * any value changes) and accepted within rounding (about one ulp) for a continuum.
     */
    static Native nativeForm(Issue issue, ValueFunction fn) {
        if (!(fn instanceof ValueFunction.Linear l) || issue instanceof DiscreteIssue) {
            return null;
        }
        if (issue instanceof IntegerIssue ii) {
            checkIntBounds(ii);
            double o = l.origin();
            if (o == Math.rint(o) && o >= Integer.MIN_VALUE && o <= Integer.MAX_VALUE) {
                return new Native(l.slope(), l.offset(), (long) o);
            }
            double offset = l.offset() + l.slope() * (ii.min() - o);
            var candidate = new Native(l.slope(), offset, ii.min());
            return sameEverywhere(issue, l, candidate) ? candidate : null;
        }
        if (!(issue instanceof RealIssue r)) {
            throw new AssertionError(issue);
        }
        if (l.origin() == 0) {
            return new Native(l.slope(), l.offset(), 0);
        }
        var candidate = new Native(l.slope(), l.offset() - l.slope() * l.origin(), 0);
        if (!r.enumerable()) {
            return candidate;
        }
        return sameEverywhere(issue, l, candidate) ? candidate : null;
    }

    /** What GENIUS computes for value {@code x} with these parameters. */
    static double genius(Issue issue, Native n, double x) {
        double e = issue instanceof IntegerIssue ? n.offset() + n.slope() * (x - n.lowerbound())
                : n.slope() * x + n.offset();
        return e < 0 ? 0 : e > 1 ? 1 : e;
    }

    private static boolean sameEverywhere(Issue issue, ValueFunction.Linear l, Native n) {
        if (issue.cardinality() > MAX_CHECKED) {
            return false;
        }
        for (int k = 0; k < issue.cardinality(); k++) {
            if (genius(issue, n, issue.numeric(k)) != l.evaluate(issue, k)) {
                return false;
            }
        }
        return true;
    }
}
