package org.detente.analysis;

import java.util.Objects;

import org.detente.model.RedLine;

/**
 * A red line a package crosses: the party that drew it refuses the value the package gives its issue.
 *
 * @param party   the party whose red line it is
 * @param issue   the restricted issue's name
 * @param value   the refused value's label, as the package has it
 * @param redLine the red line crossed
 */
public record RedLineCrossing(String party, String issue, String value, RedLine redLine) {
    /** @throws NullPointerException if an argument is null */
    public RedLineCrossing {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(redLine, "redLine");
    }
}
