package org.detente.formats.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.detente.formats.InputException;
import org.detente.formats.InputLimits;
import org.snakeyaml.engine.v2.api.LoadSettings;

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
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads JSON or YAML text into a {@link Node} tree with the line, column and field path of every
 * value. Syntax errors, duplicate keys, and more than one document become {@link InputException}s.
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
    private static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
            .streamReadConstraints(LIMITS)
            // duplicate keys are reported by this reader, with both lines
            .loadSettings(LoadSettings.builder().setCodePointLimit((int) InputLimits.MAX_FILE_BYTES)
                    .setAllowDuplicateKeys(true).build())
            .build()).build();

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
        InputLimits.check(source, text);
        if (syntax == Syntax.YAML) {
            longestLine(source, text);
        }
        ObjectMapper mapper = syntax == Syntax.JSON ? JSON : YAML;
        Problems problems = new Problems(source);
        try (JsonParser p = mapper.createParser(text)) {
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
            problems.throwIfAny();
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
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > InputLimits.MAX_STRING_CHARS) {
                    throw InputException.limit(source, line, 1, "", String.format(java.util.Locale.ROOT,
                            "the line is %,d characters long; a string is limited to %,d", i - start,
                            InputLimits.MAX_STRING_CHARS));
                }
                line++;
                start = i + 1;
            }
        }
    }

    private static String firstLine(String message) {
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
        Map<String, Node> members = new LinkedHashMap<>();
        Map<String, Node.Str> keys = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = parser.currentName();
            TokenStreamLocation kl = parser.currentTokenLocation();
            String memberPath = Node.member(path, key);
            Node.Str keyNode = new Node.Str(Math.max(0, kl.getLineNr()), Math.max(0, kl.getColumnNr()), memberPath, key);
            JsonToken t = parser.nextToken();
            Node v = value(memberPath);
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                v = relocate(v, keyNode.line(), keyNode.column());
            }
            if (members.containsKey(key)) {
                Node.Str firstKey = keys.get(key);
                problems.add(keyNode, "the key '" + key + "' appears twice (first on line " + firstKey.line() + ")");
            } else {
                members.put(key, v);
                keys.put(key, keyNode);
            }
        }
        return new Node.Obj(line, col, path, members, keys);
    }

    /**
     * A member's object or array is placed at its key: in block YAML the container itself starts on
     * the next line, but people look for the key.
     */
    private static Node relocate(Node v, int line, int col) {
        if (v instanceof Node.Obj o) {
            return new Node.Obj(line, col, o.path(), o.members(), o.keys());
        }
        if (v instanceof Node.Arr a) {
            return new Node.Arr(line, col, a.path(), a.items());
        }
        return v;
    }

    @Override
    public String toString() {
        return "TreeReader[" + source + "]";
    }
}
