package org.detente.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.detente.analysis.Analysis;
import org.detente.analysis.AnalysisOptions;
import org.detente.analysis.Analyzer;
import org.detente.brief.charts.PackageCloud;
import org.detente.report.AnalysisJson;
import org.detente.web.store.Analyses;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

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
            body = Requests.JSON.writeValueAsString(cloud(c));
            synchronized (clouds) {
                clouds.put(key, body);
            }
        }
        json(ctx, body);
    }

    /**
     * The package cloud.
     *
     * @param grid     cells per unit of utility on each axis
     * @param limit    the most packages drawn
     * @param layers   the classes of packages, worst first; none above the limit
     * @param packages how many packages there are, or null above the limit
     */
    record Cloud(int grid, long limit, List<Layer> layers, Long packages) {
    }

    /**
     * One class of packages in the cloud.
     *
     * @param kind   its key ({@code zopa}, …)
     * @param label  its name for people
     * @param points the cells drawn, {@code [x, y]} each
     */
    record Layer(String kind, String label, List<double[]> points) {
    }

    /** A stored analysis, without its body. */
    record Summary(String id, String caseId, int caseRevision, long created) {
    }

    private static Cloud cloud(Workbench.Loaded c) {
        var cloud = PackageCloud.of(c.model(), 0, 1);
        if (cloud.isEmpty()) {
            return new Cloud(PackageCloud.GRID, PackageCloud.DRAWN_OUTCOMES, List.of(), null);
        }
        List<Layer> layers = new ArrayList<>();
        for (PackageCloud.Layer l : cloud.get().layers()) {
            List<double[]> points = new ArrayList<>(l.x().length);
            for (int i = 0; i < l.x().length; i++) {
                points.add(new double[] {l.x()[i], l.y()[i]});
            }
            layers.add(new Layer(l.kind().key(), l.kind().label(), points));
        }
        return new Cloud(PackageCloud.GRID, PackageCloud.DRAWN_OUTCOMES, layers, cloud.get().packages());
    }

    private void list(Context ctx) {
        ctx.json(wb.store().analyses().list().stream()
                .map(row -> new Summary(row.id(), row.caseId(), row.caseRevision(), row.created())).toList());
    }

    static void json(Context ctx, String body) {
        ctx.contentType("application/json").result(body);
    }
}
