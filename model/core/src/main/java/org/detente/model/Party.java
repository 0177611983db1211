package org.detente.model;

/**
 * A side at the table.
 *
 * @param name        the party's name, unique within a case
 * @param preferences what it wants
 */
public record Party(String name, Preferences preferences) {
    /** @throws IllegalArgumentException if the name is blank */
    public Party {
        name = Checks.name(name, "party name");
        java.util.Objects.requireNonNull(preferences, "preferences");
    }

    /** Utility of an outcome given as value indices. */
    public double utility(int[] values) {
        return preferences.utility().utility(values);
    }
}
