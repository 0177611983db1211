package org.detente.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.detente.formats.any.Export;
import org.detente.formats.InputException;
import org.detente.formats.casefile.CaseFiles;
import org.detente.formats.casefile.Format;
import org.detente.formats.genius.GeniusXml;
import org.detente.formats.geniusweb.GeniusWebJson;
import org.detente.model.NegotiationCase;
import org.detente.web.store.Cases;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * Cases: list, create (native JSON or YAML), read, replace, delete, validate, import from GENIUS or
 * GeniusWeb files, export to every format, and the bundled examples. Every case is read by the
 * formats module, so a bad case gets the command line's message (field, line, column).
 */
final class CaseApi {
    static final String REQUEST = "request";
    private static final List<String> EXAMPLES = List.of("arms-control.yaml", "supply-contract.yaml", "apartment-lease.yaml");

    private final Workbench wb;

    CaseApi(Workbench wb) {
        this.wb = wb;
    }

    void register(RoutesConfig r) {
        r.get("/api/cases", this::list);
        r.post("/api/cases", ctx -> created(ctx, read(ctx.body(), ctx.contentType())));
        r.get("/api/cases/{id}", ctx -> ctx.json(View.of(wb.load(ctx.pathParam("id")).row())));
        r.put("/api/cases/{id}", this::replace);
        r.delete("/api/cases/{id}", ctx -> {
            if (!wb.store().cases().delete(ctx.pathParam("id"))) {
                throw ApiException.notFound("no case with id '" + ctx.pathParam("id") + "'");
            }
            ctx.status(204);
        });
        r.post("/api/validate", this::validate);
        r.post("/api/import/{format}", this::importFiles);
        r.get("/api/cases/{id}/export", this::export);
        r.get("/api/examples", ctx -> ctx.json(EXAMPLES));
        r.post("/api/examples/{name}", this::example);
    }

    /** A stored case, without its body: what the list of cases shows. */
    record Summary(String id, String name, int revision, long created, long updated) {
        static Summary of(Cases.Row row) {
            return new Summary(row.id(), row.name(), row.revision(), row.created(), row.updated());
        }
    }

    /** A stored case with its body (the native JSON case). */
    record View(String id, String name, int revision, long created, long updated, @JsonProperty("case") JsonNode body) {
        static View of(Cases.Row row) {
            return new View(row.id(), row.name(), row.revision(), row.created(), row.updated(), Requests.parse(row.body()));
        }
    }

    /** A problem of an invalid case: located when the reader located it, else its message alone. */
    sealed interface Problem permits Located, Unlocated {
    }

    /** A problem the case reader located. */
    record Located(String error, String field, int line, int column, String problem) implements Problem {
        static Located of(InputException e) {
            return new Located(e.getMessage(), e.field(), e.line(), e.column(), e.problem());
        }
    }

    /** Any other problem: its message. */
    record Unlocated(String error) implements Problem {
    }

    /** {@code POST /api/validate} of a valid case: its name and number of outcomes (as text: it may exceed a long). */
    record Valid(boolean valid, String name, String outcomes, List<Problem> problems) {
    }

    /** {@code POST /api/validate} of an invalid case: the first problem, located, and every problem. */
    record NotValid(boolean valid, String error, String field, int line, int column, List<Problem> problems) {
    }

    private void list(Context ctx) {
        ctx.json(wb.store().cases().list().stream().map(Summary::of).toList());
    }

    /** Reads a case from request text: YAML when the content type says so, JSON otherwise. */
    static NegotiationCase read(String text, String contentType) throws InputException {
        if (text == null || text.isBlank()) {
            throw new InputException(REQUEST, 0, 0, "", "the request body is empty: send a case (native JSON or YAML)");
        }
        boolean yaml = contentType != null && contentType.toLowerCase(Locale.ROOT).contains("yaml");
        return CaseFiles.read(REQUEST, text, yaml ? Format.YAML : Format.JSON);
    }

    private void created(Context ctx, NegotiationCase c) {
        Cases.Row row = wb.store().cases().create(c.name(), CaseFiles.toText(c, Format.JSON));
        ctx.status(201).json(View.of(row));
    }

    private void replace(Context ctx) throws InputException {
        String id = ctx.pathParam("id");
        wb.load(id);
        NegotiationCase c = read(ctx.body(), ctx.contentType());
        Cases.Row row = wb.store().cases().update(id, c.name(), CaseFiles.toText(c, Format.JSON))
                .orElseThrow(() -> ApiException.notFound("no case with id '" + id + "'"));
        ctx.json(View.of(row));
    }

    private void validate(Context ctx) {
        try {
            NegotiationCase c = read(ctx.body(), ctx.contentType());
            ctx.json(new Valid(true, c.name(), c.domain().outcomeSpace().size().toString(), List.of()));
        } catch (InputException e) {
            List<Problem> all = new ArrayList<>();
            all.add(Located.of(e));
            for (Throwable more : e.getSuppressed()) {
                all.add(more instanceof InputException m ? Located.of(m) : new Unlocated(more.getMessage()));
            }
            ctx.json(new NotValid(false, e.getMessage(), e.field(), e.line(), e.column(), all));
        }
    }

    /** GENIUS: a domain file and one profile per party (multipart fields domain, profiles); GeniusWeb: the same, in JSON. */
    private void importFiles(Context ctx) throws InputException, IOException {
        String format = ctx.pathParam("format");
        if (!format.equals("genius") && !format.equals("geniusweb")) {
            throw ApiException.badRequest("format", "must be genius or geniusweb, not '" + format + "'");
        }
        List<UploadedFile> domain = ctx.uploadedFiles("domain");
        List<UploadedFile> profiles = ctx.uploadedFiles("profiles");
        if (domain.size() != 1) {
            throw ApiException.badRequest("domain", "send one domain file, not " + domain.size());
        }
        if (profiles.size() < 2) {
            throw ApiException.badRequest("profiles", "send one profile per party (at least two), not "
                    + profiles.size());
        }
        List<UploadedFile> files = new ArrayList<>(domain);
        files.addAll(profiles);
        Path dir = Files.createTempDirectory("detente-import");
        try {
            List<Path> paths = new ArrayList<>();
            for (UploadedFile f : files) {
                String name = Path.of(f.filename()).getFileName().toString().replaceAll("[^\\p{L}\\p{N}._ -]", "_");
                if (name.isBlank() || name.startsWith(".")) {
                    throw ApiException.badRequest("files", "a file has no usable name: '" + f.filename() + "'");
                }
                Path p = dir.resolve(name);
                if (Files.exists(p)) {
                    throw ApiException.badRequest("files", "two files are named '" + name + "'");
                }
                try (InputStream in = f.content()) {
                    Files.copy(in, p);
                }
                paths.add(p);
            }
            NegotiationCase c;
            try {
                c = format.equals("genius") ? GeniusXml.readCase(paths.get(0), paths.subList(1, paths.size()))
                        : GeniusWebJson.readCase(paths.get(0), paths.subList(1, paths.size()));
            } catch (InputException e) {
                throw relative(e, dir);
            }
            created(ctx, c);
        } finally {
            delete(dir);
        }
    }

    /** The same problem named by the uploaded file's name rather than our temporary path. */
    private static InputException relative(InputException e, Path dir) {
        String source = e.source().startsWith(dir.toString()) ? Path.of(e.source()).getFileName().toString() : e.source();
        InputException out = new InputException(source, e.line(), e.column(), e.field(), e.problem());
        for (Throwable more : e.getSuppressed()) {
            out.addSuppressed(more instanceof InputException m ? relative(m, dir) : more);
        }
        return out;
    }

    private void export(Context ctx) throws IOException {
        Workbench.Loaded c = wb.load(ctx.pathParam("id"));
        String format = ctx.queryParam("format") == null ? "yaml" : ctx.queryParam("format");
        String stem = fileStem(c.model().name());
        switch (format) {
            case "yaml", "json" -> {
                Format f = format.equals("yaml") ? Format.YAML : Format.JSON;
                download(ctx, stem + "." + format, format.equals("yaml") ? "application/yaml" : "application/json",
                        CaseFiles.toText(c.model(), f).getBytes(StandardCharsets.UTF_8));
            }
            case "genius", "geniusweb" -> exportForeign(ctx, c.model(), stem, format);
            default -> throw ApiException.badRequest("format", "must be yaml, json, genius or geniusweb, not '"
                    + format + "'");
        }
    }

    /**
     * A zip of GENIUS or GeniusWeb files; what the format cannot hold is refused with a readable
     * page offering the export that drops it ({@code drop=unsupported}).
     */
    private static void exportForeign(Context ctx, NegotiationCase c, String stem, String format) throws IOException {
        Export.Target target = format.equals("genius") ? Export.Target.GENIUS : Export.Target.GENIUSWEB;
        boolean drop = "unsupported".equals(ctx.queryParam("drop"));
        List<String> lost = Export.unsupported(c, target);
        if (!lost.isEmpty() && !drop) {
            ctx.status(409).contentType("text/html; charset=utf-8").result(ExportPage.refused(c.name(), target.label(),
                    lost, ctx.path() + "?format=" + format + "&drop=unsupported"));
            return;
        }
        Path dir = Files.createTempDirectory("detente-export");
        try {
            List<Path> written = Export.write(c, target, dir.resolve("files"), drop);
            download(ctx, stem + "-" + format + ".zip", "application/zip", zip(written));
        } catch (IllegalArgumentException e) {
            ctx.status(422).contentType("text/html; charset=utf-8")
                    .result(ExportPage.failed(c.name(), target.label(), e.getMessage()));
        } finally {
            delete(dir);
        }
    }

    private void example(Context ctx) throws InputException, IOException {
        String name = ctx.pathParam("name");
        if (!EXAMPLES.contains(name)) {
            throw ApiException.notFound("no example '" + name + "'; examples: " + String.join(", ", EXAMPLES));
        }
        try (InputStream in = CaseApi.class.getResourceAsStream("examples/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            created(ctx, CaseFiles.read("examples/" + name, text, Format.YAML));
        }
    }

    private static void download(Context ctx, String file, String type, byte[] bytes) {
        ctx.contentType(type).header("Content-Disposition", "attachment; filename=\"" + file + "\"").result(bytes);
    }

    static String fileStem(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "case" : s;
    }

    private static byte[] zip(List<Path> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (Path f : files) {
                z.putNextEntry(new ZipEntry(f.getFileName().toString()));
                z.write(Files.readAllBytes(f));
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
