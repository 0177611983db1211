package org.detente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;

import org.detente.testing.Repository;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Rehearsals, tournaments and conflicts through the HTTP API of a running server. */
class SessionApiTest extends OnApartmentLease {
    @Test
    void aRehearsalIsRunStoredAndReopened() {
        assertThat(s.get("/api/agents").json().toString()).contains("boulware", "strategist");
        TestServer.Answer a = s.post("/api/cases/" + caseId + "/rehearsals",
                "{\"agents\": [\"strategist\", \"conceder\"], \"rounds\": 100, \"seed\": 3}");
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        JsonNode r = a.json();
        assertThat(r.get("result").get("agents").toString()).isEqualTo("[\"strategist\",\"conceder\"]");
        assertThat(r.get("result").has("paretoDistance")).isTrue();
        assertThat(r.get("trace").size()).isEqualTo(r.get("result").get("offers").asInt()).isPositive();
        assertThat(r.get("trace").get(0).get("utilities").size()).isEqualTo(2);
        String id = r.get("id").asString();
        assertThat(s.get("/api/rehearsals/" + id).json()).isEqualTo(r);
        assertThat(s.get("/api/cases/" + caseId + "/rehearsals").json().findValuesAsString("id")).contains(id);
        // the same seed gives the same session
        JsonNode again = s.post("/api/cases/" + caseId + "/rehearsals",
                "{\"agents\": [\"strategist\", \"conceder\"], \"rounds\": 100, \"seed\": 3}").json();
        assertThat(again.get("trace")).isEqualTo(r.get("trace"));
    }

    @Test
    void badRehearsalRequestsNameTheField() {
        TestServer.Answer unknown = s.post("/api/cases/" + caseId + "/rehearsals", "{\"agents\": [\"boulware\", \"nobody\"]}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("field").asString()).isEqualTo("agents[1]");
        assertThat(unknown.json().get("error").asString()).contains("known agents").contains("boulware");
        TestServer.Answer one = s.post("/api/cases/" + caseId + "/rehearsals", "{\"agents\": [\"boulware\"]}");
        assertThat(one.json().get("field").asString()).isEqualTo("agents");
        TestServer.Answer rounds = s.post("/api/cases/" + caseId + "/rehearsals",
                "{\"agents\": [\"boulware\", \"linear\"], \"rounds\": 0}");
        assertThat(rounds.status()).isEqualTo(400);
        assertThat(rounds.json().get("field").asString()).isEqualTo("rounds");
        TestServer.Answer type = s.post("/api/cases/" + caseId + "/rehearsals",
                "{\"agents\": [\"boulware\", \"linear\"], \"seed\": \"seven\"}");
        assertThat(type.json().get("field").asString()).isEqualTo("seed");
    }

    @Test
    void aTournamentRunsInTheBackgroundAndIsSummarised() throws InterruptedException {
        TestServer.Answer a = s.post("/api/tournaments", "{\"cases\": [\"" + caseId
                + "\"], \"agents\": [\"boulware\", \"conceder\"], \"repetitions\": 2, \"rounds\": 50, \"seed\": 5}");
        assertThat(a.status()).as(a.body()).isEqualTo(202);
        String id = a.json().get("id").asString();
        assertThat(a.json().get("total").asInt()).isEqualTo(8);
        JsonNode t = null;
        for (int i = 0; i < 600; i++) {
            t = s.get("/api/tournaments/" + id).json();
            if (!t.get("status").asString().equals("running")) {
                break;
            }
            Thread.sleep(50);
        }
        assertThat(t.get("status").asString()).isEqualTo("finished");
        assertThat(t.get("done").asInt()).isEqualTo(8);
        assertThat(t.get("sessions").size()).isEqualTo(8);
        assertThat(t.get("summary").findValuesAsString("agent")).containsExactly("boulware", "conceder");
        assertThat(t.get("summary").get(0).get("seats").asInt()).isEqualTo(8);
        // the page's poll: the same summary (summed once for these 8 sessions), without the sessions
        JsonNode polled = s.get("/api/tournaments/" + id + "?sessions=false").json();
        assertThat(polled.has("sessions")).isFalse();
        assertThat(polled.get("summary")).isEqualTo(t.get("summary"));
        assertThat(s.get("/api/tournaments/" + id + "?sessions=true").json().get("sessions")).isEqualTo(t.get("sessions"));
        TestServer.Answer bad = s.get("/api/tournaments/" + id + "?sessions=no");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asString()).isEqualTo("sessions");
        assertThat(s.get("/api/tournaments").json().findValuesAsString("id")).contains(id);
    }

    @Test
    void aTournamentOverTheLimitIsRefusedWithTheLimitStated() {
        TestServer.Answer a = s.post("/api/tournaments", "{\"cases\": [\"" + caseId
                + "\"], \"agents\": [\"boulware\", \"conceder\", \"linear\", \"random\", \"hardliner\"], \"repetitions\": 1000}");
        assertThat(a.status()).isEqualTo(422);
        assertThat(a.json().get("error").asString()).contains("25000 sessions", "at most " + TournamentApi.MAX_SESSIONS);
        assertThat(s.post("/api/tournaments", "{\"cases\": [\"missing\"], \"agents\": [\"boulware\"]}")
                .json().get("field").asString()).isEqualTo("cases[0]");
    }

    @Test
    void aConflictIsAnalysedAsTheCommandLineDoes() throws IOException {
        String text = s.get("/api/examples/conflicts/cuban-missile-crisis.yaml").body();
        assertThat(text).isEqualTo(Files.readString(Repository.path("examples/conflict/cuban-missile-crisis.yaml")));
        TestServer.Answer a = s.post("/api/conflict?statusQuo=1", text, "application/yaml");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().get("states").size()).isPositive();
        assertThat(a.json().get("equilibria").has("nash")).isTrue();
        assertThat(a.json().get("statusQuo").get("state").asInt()).isEqualTo(1);
        TestServer.Answer bad = s.post("/api/conflict", "options: [", "application/yaml");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").asString()).startsWith("request:");
        assertThat(s.post("/api/conflict?statusQuo=999", text).json().get("field").asString()).isEqualTo("statusQuo");
    }
}
