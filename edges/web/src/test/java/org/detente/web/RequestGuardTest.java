package org.detente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.detente.testing.WideConflict;
import org.junit.jupiter.api.Test;

/**
 * The workbench refuses a hostile browser — a rebound Host, another site's Origin, a body of the
 * wrong type — and answers every limit with a 4xx JSON error and a line in its log, never an empty 500.
 */
class RequestGuardTest extends OnServer {
    /** A raw HTTP/1.1 request, so the Host header can be anything; answers the status line and body. */
    String raw(String method, String path, String host, Map<String, String> headers, String body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", s.server.port())) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            var head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            head.append("Content-Length: ").append(bytes.length).append("\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(bytes);
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String self() {
        return "http://127.0.0.1:" + s.server.port();
    }

    @Test
    void aForeignHostNameIsMisdirected() throws IOException {
        String answer = raw("GET", "/api/cases", "attacker.example:" + s.server.port(), Map.of(), "");
        assertThat(answer).startsWith("HTTP/1.1 421").contains("\"field\":\"Host\"").contains("attacker.example");
        assertThat(raw("GET", "/index.html", "rebound.attacker.example", Map.of(), "")).startsWith("HTTP/1.1 421");
    }

    @Test
    void loopbackNamesAreAnswered() throws IOException {
        for (String host : List.of("localhost", "127.0.0.1", "[::1]", "LOCALHOST")) {
            assertThat(raw("GET", "/api/cases", host + ":" + s.server.port(), Map.of(), "")).startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void anotherSitesOriginCannotChangeAnything() {
        for (String origin : List.of("http://evil.example", "null", "http://127.0.0.1:1", "file://")) {
            TestServer.Answer a = s.send(HttpRequest.newBuilder(s.uri("/api/examples/arms-control.yaml"))
                    .header("Origin", origin).POST(HttpRequest.BodyPublishers.noBody()).build());
            assertThat(a.status()).as(origin).isEqualTo(403);
            assertThat(a.json().get("field").asString()).isEqualTo("Origin");
        }
        String id = s.armsControl();
        TestServer.Answer delete = s.send(HttpRequest.newBuilder(s.uri("/api/cases/" + id))
                .header("Origin", "https://evil.example").DELETE().build());
        assertThat(delete.status()).isEqualTo(403);
        assertThat(s.get("/api/cases/" + id).status()).isEqualTo(200);
    }

    @Test
    void ownPagesScriptsAndSameOriginReferersMayChange() {
        TestServer.Answer own = s.send(HttpRequest.newBuilder(s.uri("/api/examples/arms-control.yaml"))
                .header("Origin", self()).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(own.status()).isEqualTo(201);
        TestServer.Answer referred = s.send(HttpRequest.newBuilder(s.uri("/api/examples/arms-control.yaml"))
                .header("Referer", self() + "/index.html").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(referred.status()).isEqualTo(201);
        TestServer.Answer foreignReferer = s.send(HttpRequest.newBuilder(s.uri("/api/examples/arms-control.yaml"))
                .header("Referer", "http://evil.example/page.html").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(foreignReferer.status()).isEqualTo(403);
        assertThat(foreignReferer.json().get("field").asString()).isEqualTo("Referer");
        assertThat(s.post("/api/examples/arms-control.yaml", "").status()).isEqualTo(201); // a script: no Origin
    }

    @Test
    void bodiesMustBeDeclaredAsWhatTheEndpointReads() throws IOException {
        String yaml = Files.readString(CaseApiTest.example());
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
            TestServer.Answer a = s.post("/api/cases", yaml, type);
            assertThat(a.status()).as(type).isEqualTo(415);
            assertThat(a.json().get("field").asString()).isEqualTo("Content-Type");
            assertThat(s.post("/api/validate", "{}", type).status()).as(type).isEqualTo(415);
        }
        assertThat(s.post("/api/cases", yaml, "application/yaml; charset=utf-8").status()).isEqualTo(201);
        String id = s.armsControl();
        assertThat(s.post("/api/cases/" + id + "/rehearsals", "{}", "text/plain").status()).isEqualTo(415);
        assertThat(s.post("/api/cases/" + id + "/rehearsals", "agents: [a]", "application/yaml").status()).isEqualTo(415);
        assertThat(s.post("/api/import/genius", "{}", "application/json").status()).isEqualTo(415);
        assertThat(s.post("/api/tournaments", "{}", "text/plain").status()).isEqualTo(415);
        String noType = raw("POST", "/api/validate", "127.0.0.1", Map.of(), "{}");
        assertThat(noType).startsWith("HTTP/1.1 415");
    }

    @Test
    void aServerBoundBeyondLoopbackWarnsAndKnowsItsNames() throws IOException {
        assertThat(s.log.text()).doesNotContain("warning");   // the loopback server did not warn
        Path dir = Files.createTempDirectory("detente-guard");
        try (ServerLog log = ServerLog.capture(); WebServer open = WebServer.start(new WebOptions("0.0.0.0", 0,
                dir.resolve("s.db").toString(), WebOptions.DEFAULT_MAX_REQUEST_BYTES, List.of("workbench.example"),
                WebOptions.DEFAULT_MEDIATION_IDLE))) {
            assertThat(open.port()).isPositive();
            assertThat(log.text()).contains("warning: listening on 0.0.0.0").contains("workbench.example");
        } finally {
            CaseApi.delete(dir);
        }
        assertThat(RequestGuard.forHost("0.0.0.0", List.of(), 1024).hosts()).contains("localhost", "127.0.0.1", "[::1]");
        assertThat(RequestGuard.forHost("192.0.2.7", List.of("Proxy.Example:443"), 1024).hosts())
                .containsExactlyInAnyOrder("192.0.2.7", "proxy.example");
        assertThat(RequestGuard.hostName("[::1]:7070")).isEqualTo("[::1]");
        assertThat(RequestGuard.hostName("::1")).isEqualTo("[::1]");
    }

    @Test
    void aMultipartImportOverTheLimitIs413() throws IOException {
        Path big = s.dir.resolve("domain.xml");
        Files.writeString(big, "<utility_space>" + "x".repeat(5 << 20) + "</utility_space>", StandardCharsets.UTF_8);
        Path small = s.dir.resolve("a.xml");
        Files.writeString(small, "<utility_space/>", StandardCharsets.UTF_8);
        TestServer.Answer a = s.upload("/api/import/genius", List.of(Map.entry("domain", big), Map.entry("profiles", small),
                Map.entry("profiles", small)));
        assertThat(a.status()).as(s.log.text()).isEqualTo(413);
        assertThat(a.json().get("error").asString()).contains("too large");
        assertThat(s.log.text()).contains("too large");
    }

    @Test
    void aConflictBeyondMemoryIs422WithALogLine() {
        // 2^24 states for 24 decision makers of one option each: refused before allocating, whatever the heap
        TestServer.Answer a = s.post("/api/conflict", WideConflict.yaml(24, 24), "application/yaml");
        assertThat(a.status()).as(a.body()).isEqualTo(422);
        assertThat(a.json().get("error").asString()).contains("16,777,216 states").contains("more memory");
        assertThat(s.log.text()).contains("limit on POST /api/conflict");
    }

    @Test
    void anIssueBeyondTheIndexableIs422() {
        String party = "  - name: %s\n    reservation: 0.1\n    weights: {n: 1}\n"
                + "    values: {n: {linear: {slope: %s, offset: %s, origin: 0}}}\n";
        String yaml = "version: 1\nname: huge\nissues:\n  - {name: n, type: integer, min: 0, max: 4294967296}\nparties:\n"
                + party.formatted("A", "1e-10", "0") + party.formatted("B", "-1e-10", "1");
        TestServer.Answer a = s.post("/api/cases", yaml, "application/yaml");
        assertThat(a.status()).as(a.body()).isEqualTo(422);
        assertThat(a.json().get("error").asString()).contains("limited to 2,147,483,646");
        assertThat(s.log.text()).contains("limit on POST /api/cases");
    }
}
