package org.detente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every limit is a JSON answer with a 4xx status and a line in the server log, never an empty 500. */
class WebLimitsTest {
    static TestServer s;

    @BeforeAll
    static void start() throws IOException {
        s = new TestServer();
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    @Test
    void aMultipartImportOverTheLimitIs413() throws IOException {
        Path big = s.dir.resolve("domain.xml");
        Files.writeString(big, "<utility_space>" + "x".repeat(5 << 20) + "</utility_space>", StandardCharsets.UTF_8);
        Path small = s.dir.resolve("a.xml");
        Files.writeString(small, "<utility_space/>", StandardCharsets.UTF_8);
        TestServer.Answer a = s.upload("/api/import/genius", List.of(Map.entry("domain", big), Map.entry("profiles", small),
                Map.entry("profiles", small)));
        assertThat(a.status()).as(s.log.toString(StandardCharsets.UTF_8)).isEqualTo(413);
        assertThat(a.json().get("error").asString()).contains("too large");
        assertThat(s.log.toString(StandardCharsets.UTF_8)).contains("too large");
    }

    @Test
    void aConflictBeyondMemoryIs422WithALogLine() {
        var yaml = new StringBuilder("conflict: wide\noptions:\n");
        for (int o = 0; o < 24; o++) {
            yaml.append("  - {id: o").append(o).append(", name: option ").append(o).append("}\n");
        }
        yaml.append("decisionMakers:\n");
        for (int d = 0; d < 2; d++) {
            yaml.append("  - name: D").append(d).append("\n    options: [");
            for (int o = 0; o < 12; o++) {
                yaml.append(o == 0 ? "" : ", ").append("o").append(d * 12 + o);
            }
            yaml.append("]\n    preferences:\n      - o").append(d * 12).append("\n");
        }
        TestServer.Answer a = s.post("/api/conflict", yaml.toString(), "application/yaml");
        assertThat(a.status()).as(a.body()).isEqualTo(422);
        assertThat(a.json().get("error").asString()).contains("unilateral moves").contains("more memory");
        assertThat(s.log.toString(StandardCharsets.UTF_8)).contains("limit on POST /api/conflict");
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
        assertThat(s.log.toString(StandardCharsets.UTF_8)).contains("limit on POST /api/cases");
    }
}
