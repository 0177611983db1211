package org.detente.formats.support;

import java.util.ArrayList;
import java.util.List;

import org.detente.formats.InputException;

/**
 * Collects the problems found in one input so that a reader can report them all at once.
 *
 * <p>{@link #throwIfAny()} throws the first problem recorded and attaches every other one to it as a
 * suppressed exception, in the order recorded. Readers walk the document from top to bottom, so this
 * is document order, except that a member found missing from an object is reported after the
 * problems with the members that are there (an unknown key is usually the cause of a missing one).
 */
public final class Problems {
    private final String source;
    private final List<InputException> found = new ArrayList<>();

    /** @param source the file or other source name used in every message */
    public Problems(String source) {
        this.source = source;
    }

    /** The source name. */
    public String source() {
        return source;
    }

    /** Records a problem with {@code at}. */
    public void add(Node at, String problem) {
        found.add(new InputException(source, at.line(), at.column(), at.path(), problem));
    }

    /** Records a stated limit exceeded at {@code at} (exit 4 rather than 3, when it comes first). */
    public void limit(Node at, String problem) {
        found.add(InputException.limit(source, at.line(), at.column(), at.path(), problem));
    }

    /** Records a problem at a field that is missing from {@code parent}. */
    public void missing(Node parent, String key, String problem) {
        found.add(new InputException(source, parent.line(), parent.column(), Node.member(parent.path(), key), problem));
    }

    /** Records a problem at an explicit place. */
    public void add(int line, int column, String path, String problem) {
        found.add(new InputException(source, line, column, path, problem));
    }

    /** Whether no problem has been recorded. */
    public boolean isEmpty() {
        return found.isEmpty();
    }

    /**
     * The number at {@code n} if it is finite; otherwise records "must be a finite number" there and
     * returns null.
     */
    public Node.Num finite(Node n) {
        Node.Num num = (Node.Num) n;
        if (!Double.isFinite(num.value())) {
            add(num, "must be a finite number, not " + num.text());
            return null;
        }
        return num;
    }

    /** The problems recorded so far, in the order recorded. */
    public List<InputException> all() {
        return List.copyOf(found);
    }

    /**
     * Throws the first problem, with the others suppressed in it, if there is any.
     *
     * @throws InputException the first problem recorded
     */
    public void throwIfAny() throws InputException {
        if (found.isEmpty()) {
            return;
        }
        List<InputException> sorted = all();
        InputException first = sorted.get(0);
        for (int i = 1; i < sorted.size(); i++) {
            first.addSuppressed(sorted.get(i));
        }
        throw first;
    }
}
