package org.detente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The workbench refuses a hostile browser: a rebound Host, another site's Origin, a body of the wrong type. */
class RequestGuardTest {
    static TestServer s;

    @BeforeAll
    static void start() throws IOException {
        s = new TestServer();
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    /** A raw HTTP/1.1 request, so the Host header can be anything; answers the status line and body. */
    static String raw(String method, String path, String host, Map<String, String> headers, String body) throws IOException {
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

    private static String self() {
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
        Path dir = Files.createTempDirectory("detente-guard");
        var log = new ByteArrayOutputStream();
        try (WebServer open = WebServer.start(new WebOptions("0.0.0.0", 0, dir.resolve("s.db").toString(),
                WebOptions.DEFAULT_MAX_REQUEST_BYTES, List.of("workbench.example")),
                new PrintStream(log, true, StandardCharsets.UTF_8))) {
            assertThat(open.port()).isPositive();
        } finally {
            CaseApi.delete(dir);
        }
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("warning: listening on 0.0.0.0").contains("workbench.example");
        assertThat(s.log.toString(StandardCharsets.UTF_8)).doesNotContain("warning");
        assertThat(RequestGuard.forHost("0.0.0.0", List.of(), 1024).hosts()).contains("localhost", "127.0.0.1", "[::1]");
        assertThat(RequestGuard.forHost("192.0.2.7", List.of("Proxy.Example:443"), 1024).hosts())
                .containsExactlyInAnyOrder("192.0.2.7", "proxy.example");
        assertThat(RequestGuard.hostName("[::1]:7070")).isEqualTo("[::1]");
        assertThat(RequestGuard.hostName("::1")).isEqualTo("[::1]");
    }
}
