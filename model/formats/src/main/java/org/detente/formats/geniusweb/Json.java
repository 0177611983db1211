package org.detente.formats.geniusweb;

import org.detente.formats.support.Node;
import org.detente.formats.support.Problems;

/** Typed access to members of a {@link Node.Obj}, recording a problem when a member is missing or of the wrong kind. */
final class Json {
    private Json() {
    }

    static String string(Node.Obj obj, String key, Problems problems) {
        Node n = obj.get(key);
        if (n == null) {
            problems.missing(obj, key, "missing \"" + key + "\"");
            return null;
        }
        if (!(n instanceof Node.Str s) || s.value().isBlank()) {
            problems.add(n, "\"" + key + "\" must be a non-blank string, not " + n.kind());
            return null;
        }
        return s.value();
    }

    static Node.Obj object(Node.Obj obj, String key, Problems problems) {
        Node n = obj.get(key);
        if (n == null) {
            problems.missing(obj, key, "missing \"" + key + "\"");
            return null;
        }
        if (!(n instanceof Node.Obj o)) {
            problems.add(n, "\"" + key + "\" must be an object, not " + n.kind());
            return null;
        }
        return o;
    }

    static Node.Num finite(Node.Obj obj, String key, Problems problems) {
        Node n = obj.get(key);
        if (n == null) {
            problems.missing(obj, key, "missing \"" + key + "\"");
            return null;
        }
        return finite(n, problems);
    }

    static Node.Num finite(Node n, Problems problems) {
        if (!(n instanceof Node.Num num)) {
            problems.add(n, "must be a number, not " + n.kind());
            return null;
        }
        if (!Double.isFinite(num.value())) {
            problems.add(n, "must be a finite number, not " + num.text());
            return null;
        }
        return num;
    }

    /** A finite number in [0, 1], or null after recording a problem. */
    static Node.Num unit(Node n, Problems problems) {
        Node.Num num = finite(n, problems);
        if (num != null && !(num.value() >= 0 && num.value() <= 1)) {
            problems.add(num, "a utility must be in [0, 1], not " + num.text());
            return null;
        }
        return num;
    }
}
