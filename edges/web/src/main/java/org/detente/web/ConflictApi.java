package org.detente.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.detente.conflict.model.Conflict;
import org.detente.formats.InputException;
import org.detente.formats.gmcr.GmcrFiles;
import org.detente.report.ConflictJson;
import org.detente.report.ConflictReport;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Conflict analysis (graph model): {@code POST /api/conflict} with a conflict file's text — Détente
 * YAML, or a GMCR+ save file with {@code ?form=gmcr} — answers the {@code detente conflict --json}
 * object: states, stabilities per decision maker and concept, equilibria, coalitions and, with
 * {@code ?statusQuo=ID}, the status quo analysis. The bundled examples are listed and served.
 */
final class ConflictApi {
    private static final List<String> EXAMPLES = List.of("cuban-missile-crisis.yaml", "us-russia-standoff.yaml",
            "chicken.yaml", "prisoners-dilemma.gmcr");

    void register(RoutesConfig r) {
        r.post("/api/conflict", this::analyse);
        r.get("/api/examples/conflicts", ctx -> ctx.json(EXAMPLES));
        r.get("/api/examples/conflicts/{name}", this::example);
    }

    private void analyse(Context ctx) throws InputException {
        String form = ctx.queryParam("form") == null ? "yaml" : ctx.queryParam("form");
        GmcrFiles.Form f = switch (form) {
            case "yaml" -> GmcrFiles.Form.YAML;
            case "gmcr" -> GmcrFiles.Form.GMCR_JSON;
            default -> throw ApiException.badRequest("form", "must be yaml or gmcr, not '" + form + "'");
        };
        if (ctx.body().isBlank()) {
            throw ApiException.badRequest("", "the request body is empty: send a conflict file's text");
        }
        int horizon = query(ctx, "horizon", 2);
        String sq = ctx.queryParam("statusQuo");
        Integer statusQuo = sq == null || sq.isBlank() ? null : query(ctx, "statusQuo", 1);
        Conflict conflict = GmcrFiles.read(CaseApi.REQUEST, ctx.body(), f, "conflict");
        ConflictReport report;
        try {
            report = ConflictReport.of(conflict, horizon, true, statusQuo);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage().startsWith("status quo") ? "statusQuo" : "horizon",
                    e.getMessage());
        }
        ctx.json(ConflictJson.tree(report));
    }

    private static int query(Context ctx, String name, int dflt) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name, "must be a whole number, not '" + v + "'");
        }
    }

    private void example(Context ctx) throws IOException {
        String name = ctx.pathParam("name");
        if (!EXAMPLES.contains(name)) {
            throw ApiException.notFound("no conflict example '" + name + "'; examples: " + String.join(", ", EXAMPLES));
        }
        try (InputStream in = ConflictApi.class.getResourceAsStream("examples/conflict/" + name)) {
            ctx.contentType("text/plain; charset=utf-8").result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
