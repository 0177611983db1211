package org.detente.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.detente.analysis.Analysis;
import org.detente.analysis.AnalysisOptions;
import org.detente.analysis.Analyzer;
import org.detente.brief.charts.PackageCloud;
import org.detente.report.AnalysisJson;
import org.detente.web.store.Analyses;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Analyses: {@code GET /api/cases/{id}/analysis} answers the {@code detente analyze --json} object
 * of the case's current revision — computed once with the command line's default limits, then
 * stored and reopened — and the stored analyses are listed and reopened by id.
 */
final class AnalysisApi {
    /** How many clouds are kept in memory (a cloud of the flagship takes seconds to bin and about 260 kB). */
    private static final int CLOUDS = 16;
    private final Workbench wb;
    private final Map<String, String> clouds = new LinkedHashMap<>(CLOUDS, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CLOUDS;
        }
    };

    AnalysisApi(Workbench wb) {
        this.wb = wb;
    }

    void register(RoutesConfig r) {
        r.get("/api/cases/{id}/analysis", this::analysis);
        r.get("/api/cases/{id}/cloud", this::cloud);
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

    /**
     * Every package in the plane of the first two parties' utilities, binned as the brief's chart
     * bins them: {@code {"packages", "grid", "layers": [{"kind", "label", "points": [[x, y], …]}]}},
     * the layers worst first ({@code crossesRedLine}, {@code outsideZopa}, {@code zopa},
     * {@code zopaRatifiable}); {@code "packages": null} and no layers above the brief's limit.
     */
    private void cloud(Context ctx) {
        Workbench.Loaded c = wb.load(ctx.pathParam("id"));
        String key = c.row().id() + "@" + c.row().revision();
        String body;
        synchronized (clouds) {
            body = clouds.get(key);
        }
        if (body == null) {
            body = cloud(c).toString();
            synchronized (clouds) {
                clouds.put(key, body);
            }
        }
        json(ctx, body);
    }

    private static ObjectNode cloud(Workbench.Loaded c) {
        ObjectNode out = Requests.JSON.createObjectNode().put("grid", PackageCloud.GRID)
                .put("limit", PackageCloud.DRAWN_OUTCOMES);
        ArrayNode layers = out.putArray("layers");
        var cloud = PackageCloud.of(c.model(), 0, 1);
        if (cloud.isEmpty()) {
            out.putNull("packages");
        } else {
            out.put("packages", cloud.get().packages());
            for (PackageCloud.Layer l : cloud.get().layers()) {
                ObjectNode layer = layers.addObject().put("kind", l.kind().key()).put("label", l.kind().label());
                ArrayNode points = layer.putArray("points");
                for (int i = 0; i < l.x().length; i++) {
                    points.addArray().add(l.x()[i]).add(l.y()[i]);
                }
            }
        }
        return out;
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
