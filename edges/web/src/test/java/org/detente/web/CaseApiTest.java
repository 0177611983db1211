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
import org.detente.testing.Repository;
import org.detente.testing.TestData;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Cases and analyses through the HTTP API of a running server. */
class CaseApiTest extends OnServer {
    static Path example() {
        return Repository.path("examples/arms-control.yaml");
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
    void aDealThatCrossesARedLineSaysWhoseInTheAnalysis() throws Exception {
        String yaml = Files.readString(example()).replace("      inspections: 8\n      launchNotification: ballistic-missiles",
                "      inspections: 4\n      launchNotification: ballistic-missiles");
        String id = s.post("/api/cases", yaml, "application/yaml").json().get("id").asString();
        JsonNode deals = s.get("/api/cases/" + id + "/analysis").json().get("deals");
        assertThat(deals.get(0).get("crossesRedLines")).isEmpty();
        JsonNode crossed = deals.get(1).get("crossesRedLines");
        assertThat(crossed).hasSize(1);
        assertThat(crossed.get(0).get("party").asString()).isEqualTo("United States");
        assertThat(crossed.get(0).get("issue").asString()).isEqualTo("inspections");
        assertThat(crossed.get(0).get("value").asString()).isEqualTo("4");
        assertThat(crossed.get(0).get("redLine").asString()).isEqualTo("inspections within [8, 18]");
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
        // the example has red lines: the export link answers with a page naming them and offering to drop them
        for (String format : new String[] {"genius", "geniusweb"}) {
            TestServer.Answer refused = s.get("/api/cases/" + id + "/export?format=" + format);
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.type()).startsWith("text/html");
            assertThat(refused.body()).contains("<!doctype html>").contains("party &#39;United States&#39;: ")
                    .contains("red line").contains("the preparation: ").contains("named deals")
                    .contains("href=\"/api/cases/" + id + "/export?format=" + format + "&amp;drop=unsupported\"")
                    .doesNotContain("Exception").doesNotContain("Fidelity");
            TestServer.Answer dropped = s.get("/api/cases/" + id + "/export?format=" + format + "&drop=unsupported");
            assertThat(dropped.status()).as(dropped.body()).isEqualTo(200);
            assertThat(dropped.type()).isEqualTo("application/zip");
        }
    }

    @Test
    void aCaseAFormatCannotExpressAtAllGetsAPageGivingTheReason() throws IOException {
        Path dir = Path.of(System.getProperty("detente.testData"), "genius", "anac", "y2014", "10issues");
        TestServer.Answer a = s.upload("/api/import/genius", List.of(Map.entry("domain", dir.resolve("10issues-domain.xml")),
                Map.entry("profiles", dir.resolve("profile-1.xml")), Map.entry("profiles", dir.resolve("profile-2.xml"))));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        TestServer.Answer page = s.get("/api/cases/" + a.json().get("id").asString() + "/export?format=geniusweb");
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.type()).startsWith("text/html");
        assertThat(page.body()).contains("GeniusWeb JSON cannot express this case: ").contains("non-linear utility")
                .doesNotContain("Exception");
    }

    @Test
    void genius_files_are_imported_and_their_errors_name_the_uploaded_file() throws IOException {
        Path jobs = TestData.path("genius/Jobs");
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
