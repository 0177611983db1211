package org.detente.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An issue with named values, such as {@code inspections: [none, 6/year, 18/year]}.
 *
 * @param name   the issue's name
 * @param values the values, distinct, at least one
 */
public record DiscreteIssue(String name, List<String> values) implements Issue {

    /**
     * @throws IllegalArgumentException if the name is blank, there are no values, or a value
     *                                  repeats
     */
    public DiscreteIssue {
        name = Checks.name(name, "issue name");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("issue '" + name + "' has no values");
        }
        var seen = new HashMap<String, Integer>();
        for (String v : values) {
            Checks.name(v, "value of issue '" + name + "'");
            if (seen.put(v, 1) != null) {
                throw new IllegalArgumentException("issue '" + name + "' has the value '" + v + "' twice");
            }
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

    /** Value name to index, for callers that look values up often. */
    public Map<String, Integer> indexMap() {
        var map = new HashMap<String, Integer>();
        for (int i = 0; i < values.size(); i++) {
            map.put(values.get(i), i);
        }
        return Map.copyOf(map);
    }
}
