package org.detente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.detente.analysis.Analyzer;
import org.detente.formats.casefile.CaseFiles;
import org.detente.model.NegotiationCase;
import org.detente.report.AnalysisJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Cases and analyses through the HTTP API of a running server. */
class CaseApiTest {
    static TestServer s;

    @BeforeAll
    static void start() throws IOException {
        s = new TestServer();
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    static Path example() {
        return Path.of(System.getProperty("user.dir")).resolve("../examples/arms-control.yaml").normalize();
    }

    @Test
    void createListReadReplaceDelete() throws Exception {
        String yaml = Files.readString(example());
        TestServer.Answer created = s.post("/api/cases", yaml, "application/yaml");
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().get("revision").asInt()).isEqualTo(1);
        assertThat(s.get("/api/cases").json().findValuesAsString("id")).contains(id);
        JsonNode got = s.get("/api/cases/" + id).json();
        assertThat(got.get("name").asString()).isEqualTo("US–Russia nuclear risk reduction");
        NegotiationCase original = CaseFiles.read("x", yaml, org.detente.formats.casefile.Format.YAML);
        NegotiationCase back = CaseFiles.read("y", got.get("case").toString(), org.detente.formats.casefile.Format.JSON);
        assertThat(back).isEqualTo(original);

        ObjectNode renamed = (ObjectNode) got.get("case");
        renamed.put("name", "Renamed <b>case</b>");
        TestServer.Answer put = s.put("/api/cases/" + id, renamed.toString());
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.json().get("revision").asInt()).isEqualTo(2);
        assertThat(put.json().get("name").asString()).isEqualTo("Renamed <b>case</b>");

        assertThat(s.delete("/api/cases/" + id).status()).isEqualTo(204);
        assertThat(s.get("/api/cases/" + id).status()).isEqualTo(404);
    }

    @Test
    void analysisIsTheAnalyzeJsonObjectAndIsStored() throws Exception {
        String id = s.armsControl();
        TestServer.Answer a = s.get("/api/cases/" + id + "/analysis");
        assertThat(a.status()).isEqualTo(200);
        NegotiationCase c = CaseFiles.read(example());
        JsonNode expected = Requests.parse(AnalysisJson.tree(c, Analyzer.analyze(c)).toString());
        assertThat(a.json().equals(expected)).as("the analyze --json object").isTrue();
        assertThat(a.json().get("paretoFrontier").size()).isPositive();
        assertThat(s.get("/api/analyses").json().findValuesAsString("caseId")).contains(id);
        String stored = s.get("/api/analyses").json().get(0).get("id").asString();
        assertThat(s.get("/api/analyses/" + stored).json().equals(expected)).isTrue();
    }

    @Test
    void anInvalidCaseGetsTheCommandLinesMessage() throws Exception {
        String yaml = Files.readString(example()).replace("inspections: 0.25", "inspections: 0.35");
        TestServer.Answer a = s.post("/api/cases", yaml, "application/yaml");
        assertThat(a.status()).isEqualTo(400);
        JsonNode e = a.json();
        assertThat(e.get("field").asString()).startsWith("parties[0].weights");
        assertThat(e.get("line").asInt()).isPositive();
        assertThat(e.get("error").asString()).startsWith("request:").contains("sum");
        assertThat(a.body()).doesNotContain("Exception").doesNotContain("\tat ");

        JsonNode v = s.post("/api/validate", yaml, "application/yaml").json();
        assertThat(v.get("valid").asBoolean()).isFalse();
        assertThat(v.get("field").asString()).isEqualTo(e.get("field").asString());
        assertThat(s.post("/api/validate", Files.readString(example()), "application/yaml").json().get("valid").asBoolean())
                .isTrue();
    }

    @Test
    void malformedRequestsGet4xxJsonNeverAStackTrace() {
        for (TestServer.Answer a : new TestServer.Answer[] {
            s.post("/api/cases", "{not json"),
            s.post("/api/cases", ""),
            s.post("/api/cases", "[1, 2]"),
            s.get("/api/cases/nope"),
            s.get("/api/nothing-here"),
            s.get("/api/cases/nope/analysis"),
            s.get("/api/cases/x/export?format=pdf"),
            s.post("/api/import/csv", ""),
        }) {
            assertThat(a.status()).as(a.body()).isBetween(400, 499);
            assertThat(a.type()).startsWith("application/json");
            assertThat(a.json().has("error")).isTrue();
            assertThat(a.body()).doesNotContain("\tat ").doesNotContain("Exception");
        }
        assertThat(s.log.toString()).isEmpty();
    }

    @Test
    void requestsOverTheSizeLimitGet413() {
        String big = "{\"name\": \"" + "x".repeat((int) WebOptions.DEFAULT_MAX_REQUEST_BYTES + 10) + "\"}";
        TestServer.Answer a = s.post("/api/cases", big);
        assertThat(a.status()).isEqualTo(413);
        assertThat(a.json().get("error").asString()).contains("too large");
    }

    @Test
    void exportsEveryFormat() {
        String id = s.armsControl();
        TestServer.Answer yaml = s.get("/api/cases/" + id + "/export?format=yaml");
        assertThat(yaml.status()).isEqualTo(200);
        assertThat(yaml.body()).contains("warheadCeiling");
        assertThat(s.get("/api/cases/" + id + "/export?format=json").json().get("name").asString())
                .isEqualTo("US–Russia nuclear risk reduction");
        // the example has red lines: GENIUS and exact GeniusWeb refuse rather than drop them
        TestServer.Answer genius = s.get("/api/cases/" + id + "/export?format=genius");
        assertThat(genius.status()).isEqualTo(400);
        assertThat(genius.json().get("error").asString()).containsIgnoringCase("red line");
    }

    @Test
    void genius_files_are_imported_and_their_errors_name_the_uploaded_file() throws IOException {
        Path jobs = Path.of(System.getProperty("detente.testData"), "genius", "Jobs");
        TestServer.Answer a = s.upload("/api/import/genius", List.of(Map.entry("domain", jobs.resolve("Jobs.xml")),
                Map.entry("profiles", jobs.resolve("Jobs_util1.xml")), Map.entry("profiles", jobs.resolve("Jobs_util2.xml"))));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(a.json().get("case").get("parties").findValuesAsString("name")).contains("Jobs_util1", "Jobs_util2");
        Path broken = s.dir.resolve("Jobs_util2.xml");
        Files.writeString(broken, "<utility_space><objective");
        TestServer.Answer bad = s.upload("/api/import/genius", List.of(Map.entry("domain", jobs.resolve("Jobs.xml")),
                Map.entry("profiles", jobs.resolve("Jobs_util1.xml")), Map.entry("profiles", broken)));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").asString()).startsWith("Jobs_util2.xml:").doesNotContain(s.dir.toString())
                .doesNotContain("detente-import");
        TestServer.Answer one = s.upload("/api/import/genius", List.of(Map.entry("domain", jobs.resolve("Jobs.xml"))));
        assertThat(one.json().get("field").asString()).isEqualTo("profiles");
    }

    @Test
    void onlyThePlaySeatIsOpenToOtherMachines() {
        assertThat(RequestGuard.openToAll("/api/play/abc/offer")).isTrue();
        assertThat(RequestGuard.openToAll("/play.html")).isTrue();
        assertThat(RequestGuard.openToAll("/api/cases")).isFalse();
        assertThat(RequestGuard.openToAll("/api/plays/x")).isFalse();
        assertThat(RequestGuard.openToAll("/index.html")).isFalse();
    }
}
