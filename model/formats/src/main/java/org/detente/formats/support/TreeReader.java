package org.detente.formats.support;

import org.detente.formats.InputException;
import org.detente.formats.InputLimits;

/**
 * Reads JSON or YAML text into a {@link Node} tree with the line, column and field path of every
 * value. Syntax errors, duplicate keys, and more than one document become {@link InputException}s.
 * JSON is read with Jackson ({@link JsonTree}), YAML from its parser's events ({@link YamlTree}).
 */
public final class TreeReader {
    private TreeReader() {
    }

    /**
     * Parses {@code text}.
     *
     * @param source name of the file or other source, for messages
     * @param text   the document
     * @param syntax JSON or YAML
     * @return the root value
     * @throws InputException on a syntax error, an empty document, a duplicate key, or a second document
     */
    public static Node read(String source, String text, Syntax syntax) throws InputException {
        return read(source, text, syntax, true);
    }

    /**
     * Parses {@code text} as {@link #read} does, without noting where each YAML value is (every line
     * and column 0; JSON keeps its places, which its parser tracks anyway). A fifth less work on large
     * YAML; for a reader that parses again with {@link #read} to locate any problem it finds.
     */
    public static Node readUnplaced(String source, String text, Syntax syntax) throws InputException {
        return read(source, text, syntax, false);
    }

    private static Node read(String source, String text, Syntax syntax, boolean placed) throws InputException {
        InputLimits.check(source, text);
        Problems problems = new Problems(source);
        Node root;
        if (syntax == Syntax.YAML) {
            longestLine(source, text);
            root = YamlTree.read(source, text, placed, problems);
        } else {
            root = JsonTree.read(source, text, problems);
        }
        problems.throwIfAny();
        return root;
    }

    /**
     * Refuses a line longer than a string may be, before the YAML scanner (whose time grows faster
     * than the length of a scalar) sees it.
     */
    private static void longestLine(String source, String text) throws InputException {
        int line = 1;
        for (int start = 0; start <= text.length(); line++) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end - start > InputLimits.MAX_STRING_CHARS) {
                throw InputException.limit(source, line, 1, "", String.format(java.util.Locale.ROOT,
                        "the line is %,d characters long; a string is limited to %,d", end - start,
                        InputLimits.MAX_STRING_CHARS));
            }
            start = end + 1;
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int nl = message.indexOf('\n');
        String line = (nl < 0 ? message : message.substring(0, nl)).trim();
        // Jackson appends where the bracket opened, as "[Source: …; byte offset: …]": not for people
        int source = line.indexOf(" (start marker at [Source:");
        if (source < 0) {
            source = line.indexOf(" [Source:");
        }
        return source < 0 ? line : line.substring(0, source).trim();
    }
}
