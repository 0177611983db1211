package org.detente.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;

/** A workbench on a free loopback port with a fresh SQLite store, and a small client for it. */
final class TestServer implements AutoCloseable {
    final WebServer server;
    final Path dir;
    final ServerLog log = ServerLog.capture();
    private final HttpClient http = HttpClient.newHttpClient();
    private final boolean ownsDir;

    TestServer() throws IOException {
        this(Files.createTempDirectory("detente-web-test"), true, WebOptions.DEFAULT_MEDIATION_IDLE);
    }

    /** A server whose mediated sessions close after {@code idle} without an answer. */
    static TestServer withMediationIdle(java.time.Duration idle) throws IOException {
        return new TestServer(Files.createTempDirectory("detente-web-test"), true, idle);
    }

    /** A second server on the store in {@code dir} (which it leaves in place when closed). */
    static TestServer on(Path dir) {
        return new TestServer(dir, false, WebOptions.DEFAULT_MEDIATION_IDLE);
    }

    private TestServer(Path dir, boolean ownsDir, java.time.Duration mediationIdle) {
        this.dir = dir;
        this.ownsDir = ownsDir;
        this.server = WebServer.start(WebOptions.of(0, dir.resolve("store.db").toString()).withMediationIdle(mediationIdle));
    }

    /**
     * An answer.
     *
     * @param status the HTTP status
     * @param body   the body text
     * @param type   the content type
     */
    record Answer(int status, String body, String type) {
        JsonNode json() {
            return Requests.parse(body);
        }
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    Answer post(String path, String body) {
        return post(path, body, "application/json");
    }

    Answer post(String path, String body, String type) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A multipart/form-data POST of files, each under its field name. */
    Answer upload(String path, java.util.List<java.util.Map.Entry<String, Path>> files) throws IOException {
        String boundary = "detente" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        for (var f : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey()
                    + "\"; filename=\"" + f.getValue().getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(Files.readAllBytes(f.getValue()));
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    Answer put(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    Answer delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE().build());
    }

    Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    /** Creates the bundled arms-control case and returns its id. */
    String armsControl() {
        return example("arms-control.yaml");
    }

    /** Creates a bundled case and returns its id. */
    String example(String name) {
        Answer a = post("/api/examples/" + name, "");
        if (a.status() != 201) {
            throw new IllegalStateException(a.body());
        }
        return a.json().get("id").asString();
    }

    @Override
    public void close() {
        server.close();
        log.close();
        if (ownsDir) {
            CaseApi.delete(dir);
        }
    }
}
