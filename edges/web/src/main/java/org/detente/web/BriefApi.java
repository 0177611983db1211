package org.detente.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.detente.brief.Brief;
import org.detente.brief.BriefFiles;
import org.detente.brief.BriefListener;
import org.detente.brief.BriefOptions;
import org.detente.brief.doc.Document;
import org.detente.brief.doc.Html;
import org.detente.brief.sections.BriefDocument;
import org.detente.model.NegotiationCase;
import org.detente.web.store.Jobs;
import org.detente.web.store.Briefs;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Preparation briefs ({@code detente brief}): computed in the background, one at a time, with the
 * progress of each stage; then kept and served as the self-contained HTML page and as a zip of the
 * Markdown with its SVG charts. The request: {@code {"party", "counterpart", "seed", "samples",
 * "sessions", "rounds", "repetitions"}}, all optional (the command line's defaults).
 */
final class BriefApi implements AutoCloseable {
    private final Workbench wb;
    private static final Logger LOG = LoggerFactory.getLogger(BriefApi.class);
    private final Map<String, Progress> running = new ConcurrentHashMap<>();
    private final ExecutorService runner = Background.queue("detente-brief");

    BriefApi(Workbench wb) {
        this.wb = wb;
    }

    /** The progress of a brief being computed. */
    private static final class Progress implements BriefListener {
        volatile String stage = "waiting for the brief before it";
        volatile int units;
        final AtomicInteger done = new AtomicInteger();

        @Override
        public void stage(String what, int n) {
            stage = what;
            units = n;
            done.set(0);
        }

        @Override
        public void advance() {
            done.incrementAndGet();
        }
    }

    void register(RoutesConfig r) {
        r.post("/api/cases/{id}/briefs", this::start);
        r.get("/api/cases/{id}/briefs", this::list);
        r.get("/api/briefs/{id}", ctx -> ctx.json(view(row(ctx))));
        r.get("/api/briefs/{id}/brief.html", ctx -> {
            Briefs.Row b = written(ctx);
            // shown in the brief page's frame (the workbench's own origin), nowhere else; never runs a script
            ctx.header("X-Frame-Options", "SAMEORIGIN")
                    .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:;"
                            + " frame-ancestors 'self'")
                    .contentType("text/html; charset=utf-8").result(b.html());
        });
        r.get("/api/briefs/{id}/brief.zip", ctx -> {
            Briefs.Row b = written(ctx);
            ctx.contentType("application/zip")
                    .header("Content-Disposition", "attachment; filename=\"brief-" + b.id() + ".zip\"")
                    .result(zip(Requests.parse(b.markdown())));
        });
    }

    private void start(Context ctx) {
        Workbench.Loaded c = wb.load(ctx.pathParam("id"));
        ObjectNode req = Requests.object(ctx);
        NegotiationCase model = c.model();
        Requests.Sides sides = Requests.sides(model, req, "party");
        String us = sides.us();
        String them = sides.them();
        BriefOptions o = BriefOptions.defaults().with(
                Requests.integer(req, "samples", 10_000, 1, 1_000_000),
                Requests.integer(req, "sessions", 200, 1, 10_000),
                Requests.integer(req, "rounds", 200, 1, RehearsalApi.MAX_ROUNDS),
                Requests.longValue(req, "seed", 1))
                .withRepetitions(Requests.integer(req, "repetitions", BriefOptions.DEFAULT_REPETITIONS, 1, 1000));
        Request request = new Request(us, them, o.seed(), o.samples(), o.sessions(), o.rounds(), o.repetitions());
        Briefs.Row row = wb.store().briefs().start(c.row().id(), c.row().revision(),
                Requests.JSON.writeValueAsString(request));
        Progress progress = new Progress();
        running.put(row.id(), progress);
        runner.execute(() -> compute(row.id(), model, us, them, o, progress));
        ctx.status(202).json(view(row));
    }

    private void compute(String id, NegotiationCase c, String us, String them, BriefOptions o, Progress progress) {
        try {
            Document d = BriefDocument.of(Brief.prepare(c, us, them, o, progress));
            wb.store().briefs().finish(id, Html.render(d), Requests.JSON.writeValueAsString(markdown(d)));
        } catch (RuntimeException | IOException e) {
            if (!(e instanceof IllegalArgumentException || e instanceof org.detente.analysis.AnalysisLimitException)) {
                LOG.error("detente serve: brief {} failed", id, e);
            }
            wb.store().briefs().fail(id, e.getMessage());
        } finally {
            running.remove(id);
        }
    }

    /** The Markdown brief and its SVG charts, as written by the command line, as {file: text}. */
    private static Map<String, String> markdown(Document d) throws IOException {
        Path dir = Files.createTempDirectory("detente-brief");
        try {
            Map<String, String> files = new LinkedHashMap<>();
            for (Path p : BriefFiles.write(d, dir.resolve("brief.md"))) {
                files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
            return files;
        } finally {
            CaseApi.delete(dir);
        }
    }

    private static byte[] zip(JsonNode files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (var f : files.properties()) {
                z.putNextEntry(new ZipEntry(f.getKey()));
                z.write(f.getValue().asString().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private Briefs.Row row(Context ctx) {
        return wb.store().briefs().get(ctx.pathParam("id"))
                .orElseThrow(() -> ApiException.notFound("no brief with id '" + ctx.pathParam("id") + "'"));
    }

    private Briefs.Row written(Context ctx) {
        Briefs.Row b = row(ctx);
        if (!Jobs.FINISHED.equals(b.status())) {
            throw new ApiException(409, "", "the brief is " + b.status() + (b.error() == null ? "" : ": " + b.error()));
        }
        return b;
    }

    private void list(Context ctx) {
        ctx.json(wb.store().briefs().list(wb.load(ctx.pathParam("id")).row().id()).stream().map(this::view).toList());
    }

    /** A brief's request, as stored and answered: the sides and the figures, defaults filled in. */
    record Request(String party, String counterpart, long seed, int samples, int sessions, int rounds, int repetitions) {
    }

    /**
     * A brief: its request and status; while computed, its progress; once written, its links.
     *
     * @param error    why it failed, or absent
     * @param finished when it ended (epoch milliseconds), or absent while running
     * @param progress the stage and the units of work done, while computed
     * @param html     the page, once written
     * @param markdown the zip of the Markdown and its charts, once written
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record View(String id, String caseId, int caseRevision, String status, long created, JsonNode request, String error,
                Long finished, Stage progress, String html, String markdown) {
    }

    /** How far a brief being computed is: its stage, and the units of work of the stage done. */
    record Stage(String stage, int units, int done) {
    }

    private View view(Briefs.Row b) {
        Progress p = running.get(b.id());
        boolean written = Jobs.FINISHED.equals(b.status());
        return new View(b.id(), b.caseId(), b.caseRevision(), b.status(), b.created(), Requests.parse(b.request()),
                b.error(), b.finished() > 0 ? b.finished() : null, p == null ? null : new Stage(p.stage, p.units, p.done.get()),
                written ? "/api/briefs/" + b.id() + "/brief.html" : null,
                written ? "/api/briefs/" + b.id() + "/brief.zip" : null);
    }

    /** Stops the brief being computed (recorded as interrupted on the next start). */
    @Override
    public void close() {
        Background.stop(runner, "the brief");
    }
}
