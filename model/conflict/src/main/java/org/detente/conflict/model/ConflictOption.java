package org.detente.conflict.model;

import java.util.Objects;

/**
 * A binary option (Y or N) of a conflict, controlled by one decision maker.
 *
 * @param name      the option's name, not blank
 * @param direction the directions in which it may be changed
 */
public record ConflictOption(String name, Direction direction) {
    /**
     * @throws IllegalArgumentException if the name is blank
     */
    public ConflictOption {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(direction, "direction");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an option's name must not be blank");
        }
    }
}
