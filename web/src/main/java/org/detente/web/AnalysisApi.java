package org.detente.web;

import org.detente.analysis.Analysis;
import org.detente.analysis.AnalysisOptions;
import org.detente.analysis.Analyzer;
import org.detente.report.AnalysisJson;
import org.detente.web.store.Analyses;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import tools.jackson.databind.node.ArrayNode;

/**
 * Analyses: {@code GET /api/cases/{id}/analysis} answers the {@code detente analyze --json} object
 * of the case's current revision — computed once with the command line's default limits, then
 * stored and reopened — and the stored analyses are listed and reopened by id.
 */
final class AnalysisApi {
    private final Workbench wb;

    AnalysisApi(Workbench wb) {
        this.wb = wb;
    }

    void register(RoutesConfig r) {
        r.get("/api/cases/{id}/analysis", this::analysis);
        r.get("/api/analyses", this::list);
        r.get("/api/analyses/{id}", ctx -> {
            Analyses.Row row = wb.store().analyses().get(ctx.pathParam("id"))
                    .orElseThrow(() -> ApiException.notFound("no analysis with id '" + ctx.pathParam("id") + "'"));
            json(ctx, row.body());
        });
    }

    private void analysis(Context ctx) {
        Workbench.Loaded c = wb.load(ctx.pathParam("id"));
        var stored = wb.store().analyses().find(c.row().id(), c.row().revision());
        if (stored.isPresent()) {
            json(ctx, stored.get().body());
            return;
        }
        Analysis a = Analyzer.analyze(c.model(), AnalysisOptions.defaults());
        String body = AnalysisJson.tree(c.model(), a).toString();
        wb.store().analyses().save(c.row().id(), c.row().revision(), body);
        json(ctx, body);
    }

    private void list(Context ctx) {
        ArrayNode out = Requests.JSON.createArrayNode();
        for (Analyses.Row row : wb.store().analyses().list()) {
            out.addObject().put("id", row.id()).put("caseId", row.caseId()).put("caseRevision", row.caseRevision())
                    .put("created", row.created());
        }
        ctx.json(out);
    }

    static void json(Context ctx, String body) {
        ctx.contentType("application/json").result(body);
    }
}
