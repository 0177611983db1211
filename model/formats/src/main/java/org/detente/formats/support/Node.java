package org.detente.formats.support;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON or YAML value that remembers where it was written: its line and column (1-based,
 * 0 when unknown) and its field path from the document's root (for example
 * {@code parties[1].weights.inspections}).
 *
 * <p>The readers of this module build their models from these trees, so that every problem they
 * find can name the file, the line, the column and the field.
 */
public sealed interface Node permits Node.Obj, Node.Arr, Node.Str, Node.Num, Node.Bool, Node.Null {

    /** Line of the value's first character, 1-based, or 0 if unknown. */
    int line();

    /** Column of the value's first character, 1-based, or 0 if unknown. */
    int column();

    /** Field path from the root; "" for the root. */
    String path();

    /** The kind of value, in words, for messages ("an object", "a number", …). */
    String kind();

    /**
     * An object (a mapping): its members in document order.
     *
     * @param line    line of the object
     * @param column  column of the object
     * @param path    field path
     * @param members members by key, in document order
     * @param keys    the key of each member as a node (for locating problems with the key itself)
     */
    record Obj(int line, int column, String path, Map<String, Node> members, Map<String, Str> keys) implements Node {
        /** Wraps the maps, unmodifiable (not copied: readers hand over maps they no longer change). */
        public Obj {
            members = Collections.unmodifiableMap(members);
            keys = Collections.unmodifiableMap(keys);
        }

        /** The member named {@code key}, or null. */
        public Node get(String key) {
            return members.get(key);
        }

        @Override
        public String kind() {
            return "an object";
        }
    }

    /**
     * An array (a sequence).
     *
     * @param line   line of the array
     * @param column column of the array
     * @param path   field path
     * @param items  the items in order
     */
    record Arr(int line, int column, String path, List<Node> items) implements Node {
        /** Wraps the list, unmodifiable (not copied: readers hand over lists they no longer change). */
        public Arr {
            items = Collections.unmodifiableList(items);
        }

        @Override
        public String kind() {
            return "an array";
        }
    }

    /**
     * A string.
     *
     * @param line   line
     * @param column column
     * @param path   field path
     * @param value  the text
     */
    record Str(int line, int column, String path, String value) implements Node {
        @Override
        public String kind() {
            return "a string";
        }
    }

    /**
     * A number.
     *
     * @param line      line
     * @param column    column
     * @param path      field path
     * @param value     the value as a double (may be NaN or infinite where the syntax allows)
     * @param text      the number as written
     * @param integral  whether it was written as an integer (no fraction, no exponent)
     */
    record Num(int line, int column, String path, double value, String text, boolean integral) implements Node {
        /** The value as a long if it is a whole number within ±2^53, else null. */
        public Long asLong() {
            if (Double.isFinite(value) && value == Math.rint(value) && Math.abs(value) <= 9.007199254740992E15) {
                return (long) value;
            }
            return null;
        }

        @Override
        public String kind() {
            return "a number";
        }
    }

    /**
     * A boolean.
     *
     * @param line   line
     * @param column column
     * @param path   field path
     * @param value  the value
     */
    record Bool(int line, int column, String path, boolean value) implements Node {
        @Override
        public String kind() {
            return "a boolean";
        }
    }

    /**
     * An explicit null (or an empty YAML value).
     *
     * @param line   line
     * @param column column
     * @param path   field path
     */
    record Null(int line, int column, String path) implements Node {
        @Override
        public String kind() {
            return "null";
        }
    }

    /** The path of member {@code key} of the object at {@code parent}. */
    static String member(String parent, String key) {
        boolean plain = !key.isEmpty();
        for (int i = 0; i < key.length() && plain; i++) {
            char c = key.charAt(i);
            plain = c != '.' && c != '[' && c != ']' && c != '"' && !Character.isWhitespace(c);
        }
        String k = plain ? key : "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
        if (parent.isEmpty() || !plain) {
            return parent + k;
        }
        return parent + "." + k;
    }

    /** The path of item {@code index} of the array at {@code parent}. */
    static String item(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
