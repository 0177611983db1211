package org.detente.formats.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.detente.formats.support.Node;
import org.detente.formats.support.Problems;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.path.NodePath;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A file format's JSON Schema (draft 2020-12), loaded from the classpath, and its use on a parsed
 * file: each violation becomes a problem located at the offending value.
 */
final class FileSchema {
    /** The case file's schema (a copy of {@code docs/case.schema.json}). */
    static final FileSchema CASE = new FileSchema("case.schema.json");
    /** The negotiation record's schema (a copy of {@code docs/record.schema.json}). */
    static final FileSchema RECORD = new FileSchema("record.schema.json");

    private final String resource;
    private final Schema schema;
    /** Keywords whose errors on NaN or infinite numbers are left to the reader, which names the value. */
    private static final Set<String> BOUNDS = Set.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum");

    private FileSchema(String resource) {
        this.resource = resource;
        this.schema = SchemaRegistry.withDefaultDialect(ExactBounds.dialect()).getSchema(text());
    }

    /** The schema text as shipped in the jar. */
    String text() {
        try (InputStream in = FileSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks {@code root} against the schema, recording each violation in {@code problems}. */
    void check(Node root, Problems problems) {
        List<Error> errors = new ArrayList<>(schema.validate(toJson(root)));
        errors.sort(Comparator.comparingInt((Error e) -> find(root, e.getInstanceLocation()).line())
                .thenComparingInt(e -> find(root, e.getInstanceLocation()).column()));
        for (Error e : errors) {
            String keyword = e.getKeyword();
            if ("if".equals(keyword) || "then".equals(keyword) || "else".equals(keyword) || "allOf".equals(keyword)) {
                continue; // the failing subschema reports its own, more precise, error
            }
            Node at = find(root, e.getInstanceLocation());
            if (at instanceof Node.Num n && !Double.isFinite(n.value()) && BOUNDS.contains(keyword)) {
                continue; // NaN and infinities are reported by the reader's own checks, which name them
            }
            String property = e.getProperty();
            String message = strip(e.getMessage());
            if (property != null && at instanceof Node.Obj obj) {
                Node.Str key = obj.keys().get(property);
                if (key != null) {
                    problems.add(key, message);
                } else {
                    problems.missing(obj, property, message);
                }
            } else {
                problems.add(at, message);
            }
        }
    }

    private static String strip(String message) {
        // networknt prefixes messages with the instance path ("$.a.b: ..."): the path is reported apart
        if (message.startsWith("$")) {
            int colon = message.indexOf(": ");
            if (colon > 0) {
                return message.substring(colon + 2);
            }
        }
        return message;
    }

    private static Node find(Node root, NodePath path) {
        Node at = root;
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            Node next = null;
            if (at instanceof Node.Obj obj) {
                next = obj.get(String.valueOf(element));
            } else if (at instanceof Node.Arr arr && element instanceof Integer index
                    && index >= 0 && index < arr.items().size()) {
                next = arr.items().get(index);
            }
            if (next == null) {
                return at;
            }
            at = next;
        }
        return at;
    }

    private static JsonNode toJson(Node node) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (node instanceof Node.Obj obj) {
            Map<String, JsonNode> members = new LinkedHashMap<>(obj.members().size() * 4 / 3 + 1);
            obj.members().forEach((k, v) -> members.put(k, toJson(v)));
            return new ObjectNode(f, members);
        } else if (node instanceof Node.Arr arr) {
            List<JsonNode> items = new ArrayList<>(arr.items().size());
            arr.items().forEach(v -> items.add(toJson(v)));
            return new ArrayNode(f, items);
        } else if (node instanceof Node.Str s) {
            return f.stringNode(s.value());
        } else if (node instanceof Node.Num n) {
            if (!Double.isFinite(n.value())) {
                // the validator cannot type NaN or infinities: it sees a number, the reader names the value
                return f.numberNode(0L);
            }
            Long l = n.integral() ? n.asLong() : null;
            // the double the reader uses is what is checked (bounds compare it at once: ExactBounds)
            return l != null ? f.numberNode(l.longValue()) : f.numberNode(n.value());
        } else if (node instanceof Node.Bool b) {
            return f.booleanNode(b.value());
        } else if (node instanceof Node.Null) {
            return f.nullNode();
        }
        throw new AssertionError(node);
    }
}
