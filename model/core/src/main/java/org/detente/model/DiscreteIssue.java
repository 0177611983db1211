package org.detente.model;

import java.util.List;

/**
 * An issue with named values, such as {@code inspections: [none, 6/year, 18/year]}.
 *
 * @param name   the issue's name
 * @param values the values, distinct, at least one (held in a list whose {@code indexOf} is a hash lookup)
 */
public record DiscreteIssue(String name, List<String> values) implements Issue {

    /**
     * @throws IllegalArgumentException if the name is blank, there are no values, or a value
     *                                  repeats
     */
    public DiscreteIssue {
        name = Checks.name(name, "issue name");
        values = values instanceof Labels l ? l : new Labels(values, name);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("issue '" + name + "' has no values");
        }
    }

    @Override
    public boolean enumerable() {
        return true;
    }

    @Override
    public int cardinality() {
        return values.size();
    }

    @Override
    public String label(int index) {
        return values.get(index);
    }

    @Override
    public int indexOf(String text) {
        return values.indexOf(text);
    }

    @Override
    public double numeric(int index) {
        return Double.NaN;
    }
}
