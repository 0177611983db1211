package org.detente.formats.gmcr;

import java.util.List;

import org.detente.formats.InputException;
import org.detente.formats.support.Node;

/** Typed access to a located tree: each wrong or missing value is an {@link InputException} at its place. */
final class Fields {
    private final String source;

    Fields(String source) {
        this.source = source;
    }

    String source() {
        return source;
    }

    InputException at(Node n, String problem) {
        return new InputException(source, n.line(), n.column(), n.path(), problem);
    }

    InputException missing(Node.Obj parent, String key) {
        return new InputException(source, parent.line(), parent.column(), Node.member(parent.path(), key),
                "missing (required)");
    }

    Node.Obj obj(Node n) throws InputException {
        if (n instanceof Node.Obj o) {
            return o;
        }
        throw at(n, "expected an object, found " + n.kind());
    }

    Node require(Node.Obj parent, String key) throws InputException {
        Node n = parent.get(key);
        if (n == null) {
            throw missing(parent, key);
        }
        return n;
    }

    List<Node> arr(Node n) throws InputException {
        if (n instanceof Node.Arr a) {
            return a.items();
        }
        throw at(n, "expected a list, found " + n.kind());
    }

    String str(Node n) throws InputException {
        if (n instanceof Node.Str s) {
            return s.value();
        }
        throw at(n, "expected a string, found " + n.kind());
    }

    int integer(Node n) throws InputException {
        if (n instanceof Node.Num num && num.asLong() != null && Math.abs(num.asLong()) < Integer.MAX_VALUE) {
            return (int) (long) num.asLong();
        }
        throw at(n, "expected a whole number, found " + (n instanceof Node.Num num ? num.text() : n.kind()));
    }

    boolean bool(Node n) throws InputException {
        if (n instanceof Node.Bool b) {
            return b.value();
        }
        throw at(n, "expected true or false, found " + n.kind());
    }

    /** A member that may be absent; absent or null gives {@code otherwise}. */
    boolean flag(Node.Obj parent, String key, boolean otherwise) throws InputException {
        Node n = parent.get(key);
        return n == null || n instanceof Node.Null ? otherwise : bool(n);
    }

    /**
     * The node at a field path ({@code decisionMakers[1].options[0]}), or the deepest existing node on
     * the way.
     */
    static Node locate(Node root, String path) {
        Node at = root;
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                i++;
                continue;
            }
            if (c == '[') {
                int close = path.indexOf(']', i);
                int index = Integer.parseInt(path.substring(i + 1, close));
                i = close + 1;
                if (at instanceof Node.Arr a && index < a.items().size()) {
                    at = a.items().get(index);
                } else {
                    return at;
                }
            } else {
                int end = i;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                String key = path.substring(i, end);
                i = end;
                if (at instanceof Node.Obj o && o.get(key) != null) {
                    at = o.get(key);
                } else {
                    return at;
                }
            }
        }
        return at;
    }
}
