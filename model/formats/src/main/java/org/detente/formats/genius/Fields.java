package org.detente.formats.genius;

import java.nio.file.Path;

import org.detente.formats.InputException;
import org.detente.formats.genius.XmlTree.El;

/** Reads typed attributes of one file's elements, failing with the file, position and field path. */
final class Fields {
    private final Path file;

    Fields(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** An error located at an element (and optionally one of its attributes). */
    InputException error(El el, String attribute, String problem) {
        String field = attribute == null ? el.path() : el.at(attribute);
        return new InputException(file, el.line(), el.column(), field, problem);
    }

    InputException error(El el, String problem) {
        return error(el, null, problem);
    }

    /** A required attribute, not blank. */
    String text(El el, String attribute) throws InputException {
        String v = el.attr(attribute);
        if (v == null) {
            throw error(el, attribute, "missing attribute '" + attribute + "' on <" + el.tag() + ">");
        }
        if (v.isBlank()) {
            throw error(el, attribute, "attribute '" + attribute + "' is empty");
        }
        return v;
    }

    /** A required finite number. */
    double number(El el, String attribute) throws InputException {
        String v = text(el, attribute);
        double d;
        try {
            d = Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw error(el, attribute, "'" + v + "' is not a number");
        }
        if (!Double.isFinite(d)) {
            throw error(el, attribute, "'" + v + "' is not a finite number");
        }
        return d;
    }

    /** A required finite number, at least 0. */
    double nonNegative(El el, String attribute, String what) throws InputException {
        double d = number(el, attribute);
        if (d < 0) {
            throw error(el, attribute, what + " " + el.attr(attribute) + " is negative");
        }
        return d;
    }

    /** A required whole number. */
    long whole(El el, String attribute) throws InputException {
        String v = text(el, attribute);
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw error(el, attribute, "'" + v + "' is not a whole number");
        }
    }

    /** A required whole number that fits an int. */
    int index(El el, String attribute) throws InputException {
        long v = whole(el, attribute);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw error(el, attribute, "'" + v + "' is out of range");
        }
        return (int) v;
    }
}
