package org.detente.web;

import java.util.ArrayList;
import java.util.List;

import io.javalin.http.Context;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reading request bodies and their fields, with errors that name the field. */
final class Requests {
    static final JsonMapper JSON = JsonMapper.builder().build();

    private Requests() {
    }

    /** The request body as a JSON object (an empty body is an empty object). */
    static ObjectNode object(Context ctx) {
        String text = ctx.body();
        if (text.isBlank()) {
            return JSON.createObjectNode();
        }
        JsonNode node = parse(text);
        if (!(node instanceof ObjectNode o)) {
            throw ApiException.badRequest("", "the request body must be a JSON object");
        }
        return o;
    }

    /** Parses JSON text. */
    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            throw ApiException.badRequest("", "the request body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** A whole number in {@code [min, max]}, or the default when absent. */
    static int integer(JsonNode body, String field, int dflt, int min, int max) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return dflt;
        }
        if (!n.canConvertToInt() || !n.isIntegralNumber()) {
            throw ApiException.badRequest(field, "must be a whole number, not " + n);
        }
        int v = n.asInt();
        if (v < min || v > max) {
            throw ApiException.badRequest(field, "must be in [" + min + ", " + max + "], not " + v);
        }
        return v;
    }

    /** A whole number (any long), or the default when absent. */
    static long longValue(JsonNode body, String field, long dflt) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return dflt;
        }
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            throw ApiException.badRequest(field, "must be a whole number, not " + n);
        }
        return n.asLong();
    }

    /** A required non-empty string. */
    static String string(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || !n.isString() || n.asString().isBlank()) {
            throw ApiException.badRequest(field, "a non-empty string is required");
        }
        return n.asString();
    }

    /** The side a request prepares and the side it faces. */
    record Sides(String us, String them) {
    }

    /**
     * The sides named by {@code usField} and {@code counterpart}, each optional (blank or absent: the
     * brief's defaults, {@link org.detente.brief.Sides}); an unknown or repeated party is a 400 naming
     * its field.
     */
    static Sides sides(org.detente.model.NegotiationCase model, JsonNode body, String usField) {
        String us;
        try {
            us = org.detente.brief.Sides.us(model, party(body, usField));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(usField, e.getMessage());
        }
        try {
            return new Sides(us, org.detente.brief.Sides.counterpart(model, us, party(body, "counterpart")));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("counterpart", e.getMessage());
        }
    }

    /** An optional party's name: null when absent, null or blank. */
    private static String party(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull() || (n.isString() && n.asString().isBlank())) {
            return null;
        }
        if (!n.isString()) {
            throw ApiException.badRequest(field, "must be a party's name");
        }
        return n.asString();
    }

    /**
     * Checks that the registry knows the agent a request names.
     *
     * @throws ApiException 400 naming {@code field}, with the registry's message (the known agents)
     */
    static void agent(org.detente.rehearsal.AgentRegistry registry, String field, String name) {
        try {
            registry.get(name);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(field, e.getMessage());
        }
    }

    /** A required non-empty array of non-empty strings. */
    static List<String> strings(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || !n.isArray() || n.isEmpty()) {
            throw ApiException.badRequest(field, "a non-empty array of strings is required");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            JsonNode e = n.get(i);
            if (!e.isString() || e.asString().isBlank()) {
                throw ApiException.badRequest(field + "[" + i + "]", "must be a non-empty string");
            }
            out.add(e.asString());
        }
        return out;
    }
}
