package org.detente.web;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.detente.analysis.AnalysisLimitException;
import org.detente.formats.InputException;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

/**
 * Every failure becomes a JSON answer: {@code {"error": message, "field": path}} with a 4xx status
 * for a bad request (the CLI's messages for invalid cases: field, line and column), 422 for a stated
 * limit exceeded, and 500 only for a fault of ours — whose details go to the server log, never to
 * the client.
 */
final class Errors {
    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

    private Errors() {
    }

    static void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> {
            if (e.status() == 413 || e.status() == 422) {
                LOG.warn("detente serve: refused {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            }
            send(ctx, e.status(), e.getMessage(), e.field());
        });
        routes.exception(InputException.class, (e, ctx) -> invalid(ctx, e));
        routes.exception(AnalysisLimitException.class, (e, ctx) -> {
            LOG.warn("detente serve: limit on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            send(ctx, 422, "limit: " + e.getMessage(), "");
        });
        routes.exception(IllegalArgumentException.class, (e, ctx) -> send(ctx, 400, e.getMessage(), ""));
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 413) {
                LOG.warn("detente serve: refused {} {}: the request is too large", ctx.method(), ctx.path());
            }
            send(ctx, e.getStatus(), message(e), "");
        });
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("detente serve: internal error on {} {}", ctx.method(), ctx.path(), e);
            send(ctx, 500, "internal error (the server log has the details; please report it)", "");
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty() || !ctx.result().startsWith("{")) {
                send(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path(), "");
            }
        });
    }

    private static String message(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 413 -> "the request is too large";
            case 405 -> "method not allowed";
            default -> e.getMessage();
        };
    }

    /**
     * A refused request.
     *
     * @param error what is wrong, in words
     * @param field the request field at fault, or ""
     */
    record Refusal(String error, String field) {
        Refusal {
            error = error == null ? "" : error;
            field = field == null ? "" : field;
        }
    }

    /**
     * An input that does not read: where, what, and every problem found.
     *
     * @param error    the first problem, located ({@code file:line:column: field: problem})
     * @param field    its field path, or ""
     * @param line     its 1-based line, or 0
     * @param column   its 1-based column, or 0
     * @param problem  the first problem, unlocated
     * @param problems every problem found, located, the first first
     */
    record Invalid(String error, String field, int line, int column, String problem, List<String> problems) {
    }

    static void invalid(Context ctx, InputException e) {
        List<String> all = new ArrayList<>();
        all.add(e.getMessage());
        for (Throwable more : e.getSuppressed()) {
            all.add(more.getMessage());
        }
        if (e.limit()) {
            LOG.warn("detente serve: limit on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
        }
        Refusal first = new Refusal(e.getMessage(), e.field());
        send(ctx, e.limit() ? 422 : 400, new Invalid(first.error(), first.field(), e.line(), e.column(), e.problem(), all));
    }

    static void send(Context ctx, int status, String message, String field) {
        send(ctx, status, new Refusal(message, field));
    }

    /** The answer as text, so the 404 handler can tell an answer already given ({@code ctx.result()}). */
    private static void send(Context ctx, int status, Object answer) {
        ctx.status(status).contentType("application/json").result(Requests.JSON.writeValueAsString(answer));
    }
}
