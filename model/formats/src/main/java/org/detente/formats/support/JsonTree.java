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
 * Reads one JSON document into a {@link Node} tree with Jackson's streaming parser, under the stated
 * limits (held while reading), with the line and column of every value. NaN and Infinity are read as
 * numbers so that the checks after can name their field.
 */
final class JsonTree {
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

    private final JsonParser parser;
    private final Problems problems;

    private JsonTree(JsonParser parser, Problems problems) {
        this.parser = parser;
        this.problems = problems;
    }

    /**
     * The document's root value.
     *
     * @throws InputException on a syntax error, an empty document or a limit; other problems
     *                        (duplicate keys, a second document) are left in {@code problems}
     */
    static Node read(String source, String text, Problems problems) throws InputException {
        try (JsonParser p = JSON.createParser(text)) {
            JsonTree reader = new JsonTree(p, problems);
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
            String why = TreeReader.firstLine(e.getOriginalMessage());
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
                throw InputException.limit(source, line, col, "", TreeReader.firstLine(e.getOriginalMessage()));
            }
            throw new InputException(source, line, col, "", "syntax error: " + TreeReader.firstLine(e.getOriginalMessage()));
        }
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
}
