package org.detente.formats.support;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The members of one object as a reader meets them: each key with its place, a duplicate key
 * reported with both lines (the first value kept), a member's object or array placed at its key.
 */
final class Members {
    private final Map<String, Node> members = new LinkedHashMap<>();
    private final Map<String, Node.Str> keys = new LinkedHashMap<>();

    /** Adds {@code value} under {@code key}, or records the key as a duplicate in {@code problems}. */
    void add(Node.Str key, Node value, Problems problems) {
        Node.Str first = keys.putIfAbsent(key.value(), key);
        if (first != null) {
            problems.add(key, "the key '" + key.value() + "' appears twice (first on line " + first.line() + ")");
            return;
        }
        members.put(key.value(), atKey(value, key));
    }

    /** The object, at {@code line} and {@code column}. */
    Node.Obj build(int line, int column, String path) {
        return new Node.Obj(line, column, path, members, keys);
    }

    /**
     * A member's object or array is placed at its key: in block YAML the container itself starts on
     * the next line, but people look for the key.
     */
    private static Node atKey(Node v, Node.Str key) {
        if (v instanceof Node.Obj o) {
            return new Node.Obj(key.line(), key.column(), o.path(), o.members(), o.keys());
        }
        if (v instanceof Node.Arr a) {
            return new Node.Arr(key.line(), key.column(), a.path(), a.items());
        }
        return v;
    }
}
