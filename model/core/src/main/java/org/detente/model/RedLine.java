package org.detente.model;

import java.util.List;

/**
 * An outcome a party refuses whatever its utility. Each red line restricts a single issue, so the
 * outcomes that respect every red line still form a product of per-issue value sets (which keeps
 * the exact analyses exact).
 */
public sealed interface RedLine permits RedLine.Refuse, RedLine.Within {

    /** Index of the restricted issue in the domain. */
    int issue();

    /** Whether value {@code index} of the restricted issue is acceptable. */
    boolean allows(Issue issue, int index);

    /**
     * The red line in words, e.g. {@code inspections within [8, 18]} or
     * {@code launchNotification not none}.
     *
     * @param issue the restricted issue (for its name and value labels)
     */
    String describe(Issue issue);

    private static String number(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }

    /**
     * The party refuses these values of the issue.
     *
     * @param issue  issue index
     * @param values refused value indices
     */
    record Refuse(int issue, List<Integer> values) implements RedLine {
        /** @throws IllegalArgumentException if no value is named */
        public Refuse {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("a red line must refuse at least one value");
            }
        }

        @Override
        public boolean allows(Issue issue, int index) {
            return !values.contains(index);
        }

        @Override
        public String describe(Issue issue) {
            return issue.name() + " not " + String.join(" or ", values.stream().map(issue::label).toList());
        }
    }

    /**
     * The party refuses any numeric value outside {@code [min, max]}.
     *
     * @param issue issue index (an integer or real issue)
     * @param min   smallest acceptable value
     * @param max   largest acceptable value
     */
    record Within(int issue, double min, double max) implements RedLine {
        /** @throws IllegalArgumentException if the interval is empty */
        public Within {
            if (!(min <= max)) {
                throw new IllegalArgumentException("red line interval [" + min + ", " + max + "] is empty");
            }
        }

        @Override
        public boolean allows(Issue issue, int index) {
            double x = issue.numeric(index);
            return x >= min && x <= max;
        }

        @Override
        public String describe(Issue issue) {
            return issue.name() + " within [" + number(min) + ", " + number(max) + "]";
        }
    }
}
