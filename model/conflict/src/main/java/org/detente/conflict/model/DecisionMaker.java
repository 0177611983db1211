package org.detente.conflict.model;

import java.util.List;
import java.util.Objects;

/**
 * A decision maker: a name, the options it controls, and its preferences.
 *
 * @param name        the name, not blank
 * @param options     indices of the options it controls, at least one, no repeats
 * @param preferences its preferences
 */
public record DecisionMaker(String name, List<Integer> options, Preferences preferences) {
    /**
     * @throws IllegalArgumentException if the name is blank, it controls no option, or an option twice
     */
    public DecisionMaker {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(preferences, "preferences");
        options = List.copyOf(options);
        if (name.isBlank()) {
            throw new IllegalArgumentException("a decision maker's name must not be blank");
        }
        if (options.isEmpty()) {
            throw new IllegalArgumentException("decision maker '" + name + "' controls no option");
        }
        if (options.stream().distinct().count() != options.size()) {
            throw new IllegalArgumentException("decision maker '" + name + "' lists an option twice");
        }
    }
}
