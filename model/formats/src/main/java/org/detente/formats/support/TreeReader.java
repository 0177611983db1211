package org.detente.formats.support;

import java.util.ArrayList;
import java.util.List;

import org.detente.formats.InputException;
import org.detente.formats.InputLimits;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JSON or YAML text into a {@link Node} tree with the line, column and field path of every
 * value. Syntax errors, duplicate keys, and more than one document become {@link InputException}s.
 * JSON is read with Jackson, YAML from its parser's events ({@link YamlTree}).
 */
public final class TreeReader {
    /** The stated limits, held while reading (not after): length, string length, nesting. */
    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxDocumentLength(InputLimits.MAX_FILE_BYTES)
            .maxStringLength(InputLimits.MAX_STRING_CHARS)
            .maxNameLength(InputLimits.MAX_STRING_CHARS)
            .maxNestingDepth(InputLimits.MAX_NESTING)
            .build();
    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(LIMITS).build())
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private final String source;
    private final JsonParser parser;
    private final Problems problems;

    private TreeReader(String source, JsonParser parser, Problems problems) {
        this.source = source;
        this.parser = parser;
        this.problems = problems;
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
     * Parses {@code text} as {@link #read} does, without noting where each value is: every line and
     * column is 0. A fifth less work on large YAML; for a reader that parses again with {@link #read}
     * to locate any problem it finds.
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
            root = json(source, text, problems);
        }
        problems.throwIfAny();
        return root;
    }

    private static Node json(String source, String text, Problems problems) throws InputException {
        try (JsonParser p = JSON.createParser(text)) {
            TreeReader reader = new TreeReader(source, p, problems);
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new InputException(source, 1, 1, "", "the document is empty");
            }
            Node root = reader.value("");
            if (p.nextToken() != null) {
                TokenStreamLocation loc = p.currentTokenLocation();
                problems.add(loc.getLineNr(), loc.getColumnNr(), "",
                        "unexpected content after the end of the document (only one document is read)");
            }
            return root;
        } catch (StreamConstraintsException e) {
            TokenStreamLocation loc = e.getLocation();
            int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
            int col = loc == null ? 0 : Math.max(0, loc.getColumnNr());
            String why = firstLine(e.getOriginalMessage());
            if (why.contains("nesting depth")) {
                throw new InputException(source, line, col, "", "objects and arrays nest deeper than "
                        + InputLimits.MAX_NESTING + " levels (a case needs 6)");
            }
            throw InputException.limit(source, line, col, "", why.replaceAll(",? from `[^`]*`", "")
                    .replaceAll("\\(([0-9]+)\\)", "$1"));
        } catch (JacksonException e) {
            TokenStreamLocation loc = e.getLocation();
            int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
            int col = loc == null ? 0 : Math.max(0, loc.getColumnNr());
            if (e.getOriginalMessage() != null && e.getOriginalMessage().contains("exceeds the limit")) {
                throw InputException.limit(source, line, col, "", firstLine(e.getOriginalMessage()));
            }
            throw new InputException(source, line, col, "", "syntax error: " + firstLine(e.getOriginalMessage()));
        }
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

    private Node value(String path) {
        TokenStreamLocation loc = parser.currentTokenLocation();
        int line = Math.max(0, loc.getLineNr());
        int col = Math.max(0, loc.getColumnNr());
        JsonToken t = parser.currentToken();
        switch (t) {
            case START_OBJECT:
                return object(line, col, path);
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(Node.item(path, items.size())));
                }
                return new Node.Arr(line, col, path, items);
            }
            case VALUE_STRING:
                return new Node.Str(line, col, path, parser.getString());
            case VALUE_NUMBER_INT:
                return new Node.Num(line, col, path, parser.getDoubleValue(), parser.getString(), true);
            case VALUE_NUMBER_FLOAT:
                return new Node.Num(line, col, path, parser.getDoubleValue(), parser.getString(), false);
            case VALUE_TRUE:
                return new Node.Bool(line, col, path, true);
            case VALUE_FALSE:
                return new Node.Bool(line, col, path, false);
            case VALUE_NULL:
                return new Node.Null(line, col, path);
            default:
                return new Node.Str(line, col, path, parser.getValueAsString(""));
        }
    }

    private Node object(int line, int col, String path) {
        Members members = new Members();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = parser.currentName();
            TokenStreamLocation kl = parser.currentTokenLocation();
            String memberPath = Node.member(path, key);
            Node.Str keyNode = new Node.Str(Math.max(0, kl.getLineNr()), Math.max(0, kl.getColumnNr()), memberPath, key);
            parser.nextToken();
            members.add(keyNode, value(memberPath), problems);
        }
        return members.build(line, col, path);
    }

    @Override
    public String toString() {
        return "TreeReader[" + source + "]";
    }
}
