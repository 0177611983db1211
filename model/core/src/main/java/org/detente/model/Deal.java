package org.detente.model;

/**
 * A named package worth examining: the status quo, a past agreement, a proposal on the table.
 *
 * @param name    what it is called, e.g. "status quo"
 * @param note    free text (may be empty)
 * @param outcome the package
 */
public record Deal(String name, String note, Outcome outcome) {
    /** @throws IllegalArgumentException if the name is blank */
    public Deal {
        name = Checks.name(name, "deal name");
        note = note == null ? "" : note;
        java.util.Objects.requireNonNull(outcome, "outcome");
    }
}
