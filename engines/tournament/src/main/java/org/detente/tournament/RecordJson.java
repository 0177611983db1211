package org.detente.tournament;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link SessionRecord} as JSON: one object with every {@link RecordKey} in order, an undefined
 * number written as {@code null}, an {@linkplain RecordKey#optional() optional} key without a value
 * left out. The line of {@code sessions.jsonl}; its result part is what
 * {@code negotiate --json} writes for a single session.
 */
public final class RecordJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RecordJson() {
    }

    /** The record as a JSON object. */
    public static ObjectNode tree(SessionRecord r) {
        ObjectNode o = F.objectNode();
        for (RecordKey k : RecordKey.values()) {
            put(o, k, r.value(k));
        }
        return o;
    }

    /** A session's result alone, as a JSON object: the keys {@linkplain RecordKey#ofResult() of the result}. */
    public static ObjectNode tree(SessionRecord.Result r) {
        ObjectNode o = F.objectNode();
        for (RecordKey k : RecordKey.values()) {
            if (k.ofResult()) {
                put(o, k, r.value(k));
            }
        }
        return o;
    }

    /** The record as one line of {@code sessions.jsonl} (without the line break). */
    public static String line(SessionRecord r) {
        return tree(r).toString();
    }

    /**
     * Reads a line of {@code sessions.jsonl}.
     *
     * @throws IllegalArgumentException if it is not a JSON object with every key, each of its type
     *                                  (the message names the key)
     */
    public static SessionRecord read(String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not JSON (" + e.getOriginalMessage() + ")");
        }
        return read(node);
    }

    /**
     * Reads a record's JSON object.
     *
     * @throws IllegalArgumentException if it is not an object with every key, each of its type (the
     *                                  message names the key)
     */
    public static SessionRecord read(JsonNode node) {
        return SessionRecord.fromValues(values(node, false)::get);
    }

    /**
     * Reads a session's result alone ({@link #tree(SessionRecord.Result)}).
     *
     * @throws IllegalArgumentException if it is not an object with every key of a result, each of its
     *                                  type (the message names the key)
     */
    public static SessionRecord.Result readResult(JsonNode node) {
        return SessionRecord.resultFromValues(values(node, true)::get);
    }

    private static Map<RecordKey, Object> values(JsonNode node, boolean resultOnly) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        Map<RecordKey, Object> values = new EnumMap<>(RecordKey.class);
        for (RecordKey k : RecordKey.values()) {
            if (resultOnly && !k.ofResult()) {
                continue;
            }
            JsonNode v = node.get(k.key());
            if (v == null && k.optional()) {
                values.put(k, null);
                continue;
            }
            if (v == null) {
                throw new IllegalArgumentException("'" + k.key() + "' is missing");
            }
            values.put(k, value(k, v));
        }
        return values;
    }

    private static Object value(RecordKey k, JsonNode v) {
        if (v.isNull()) {
            if (!k.nullable()) {
                throw wrong(k, v);
            }
            return k.type() == RecordKey.Type.NUMBER ? Double.NaN : null;
        }
        Object x = switch (k.type()) {
            case TEXT -> v.isString() ? v.asString() : null;
            case INTEGER -> v.isIntegralNumber() && v.canConvertToInt() ? v.intValue() : null;
            case LONG -> v.isIntegralNumber() && v.canConvertToLong() ? v.longValue() : null;
            case BOOLEAN -> v.isBoolean() ? v.booleanValue() : null;
            case NUMBER -> v.isNumber() ? v.doubleValue() : null;
            case LABELS -> labels(v);
            case TEXTS -> texts(v);
            case NUMBERS -> numbers(v);
        };
        if (x == null) {
            throw wrong(k, v);
        }
        return x;
    }

    private static IllegalArgumentException wrong(RecordKey k, JsonNode v) {
        String what = switch (k.type()) {
            case TEXT -> "a string";
            case INTEGER -> "a whole number";
            case LONG -> "a whole number (64 bits)";
            case BOOLEAN -> "true or false";
            case NUMBER -> "a number";
            case LABELS -> "an object of strings";
            case TEXTS -> "a list of strings";
            case NUMBERS -> "a list of numbers or nulls";
        };
        return new IllegalArgumentException("'" + k.key() + "' must be " + what + (k.nullable() ? " or null" : "")
                + ", was " + v);
    }

    private static Map<String, String> labels(JsonNode v) {
        if (!v.isObject()) {
            return null;
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (var e : v.properties()) {
            if (!e.getValue().isString()) {
                return null;
            }
            m.put(e.getKey(), e.getValue().asString());
        }
        return m;
    }

    private static List<String> texts(JsonNode v) {
        if (!v.isArray()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (JsonNode x : v.values()) {
            if (!x.isString()) {
                return null;
            }
            out.add(x.asString());
        }
        return out;
    }

    private static List<Double> numbers(JsonNode v) {
        if (!v.isArray()) {
            return null;
        }
        List<Double> out = new ArrayList<>();
        for (JsonNode x : v.values()) {
            if (x.isNull()) {
                out.add(Double.NaN);
            } else if (x.isNumber()) {
                out.add(x.doubleValue());
            } else {
                return null;
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void put(ObjectNode o, RecordKey k, Object v) {
        String key = k.key();
        if (v == null && k.optional()) {
            return;
        }
        if (v == null) {
            o.putNull(key);
            return;
        }
        switch (k.type()) {
            case TEXT -> o.put(key, (String) v);
            case INTEGER -> o.put(key, (int) (Integer) v);
            case LONG -> o.put(key, (long) (Long) v);
            case BOOLEAN -> o.put(key, (boolean) (Boolean) v);
            case NUMBER -> number(o, key, (Double) v);
            case LABELS -> ((Map<String, String>) v).forEach(o.putObject(key)::put);
            case TEXTS -> ((List<String>) v).forEach(o.putArray(key)::add);
            case NUMBERS -> {
                ArrayNode a = o.putArray(key);
                for (double x : (List<Double>) v) {
                    if (Double.isFinite(x)) {
                        a.add(x);
                    } else {
                        a.addNull();
                    }
                }
            }
        }
    }

    /** Puts a number, or null if it is not finite (JSON has no NaN). */
    public static void number(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }
}
