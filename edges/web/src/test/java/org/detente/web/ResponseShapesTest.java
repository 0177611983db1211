package org.detente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The answers' keys, in order: the response records give the objects the pages and the e2e tests
 * read, key for key, in the order the hand-built objects had them.
 */
class ResponseShapesTest extends OnServer {
    static String caseId;

    @BeforeAll
    static void addTheCase() {
        caseId = s.armsControl();
    }

    private static List<String> keys(JsonNode o) {
        return new ArrayList<>(o.propertyNames());
    }

    @Test
    void cases() {
        assertThat(keys(s.get("/api/cases").json().get(0))).containsExactly("id", "name", "revision", "created", "updated");
        assertThat(keys(s.get("/api/cases/" + caseId).json())).containsExactly("id", "name", "revision", "created",
                "updated", "case");
        assertThat(keys(s.post("/api/validate", "{}").json())).containsExactly("valid", "error", "field", "line",
                "column", "problems");
        assertThat(keys(s.post("/api/validate", "{}").json().get("problems").get(0))).containsExactly("error", "field",
                "line", "column", "problem");
        String body = s.get("/api/cases/" + caseId).json().get("case").toString();
        JsonNode valid = s.post("/api/validate", body).json();
        assertThat(keys(valid)).containsExactly("valid", "name", "outcomes", "problems");
        assertThat(valid.get("outcomes").isString()).isTrue();
        assertThat(valid.get("problems").isEmpty()).isTrue();
    }

    @Test
    void errors() {
        JsonNode refused = s.get("/api/cases/none").json();
        assertThat(keys(refused)).containsExactly("error", "field");
        JsonNode invalid = s.post("/api/cases", "{\"name\": 1}").json();
        assertThat(keys(invalid)).containsExactly("error", "field", "line", "column", "problem", "problems");
        assertThat(invalid.get("problems").get(0).isString()).isTrue();
    }

    @Test
    void rehearsalsAndAnalyses() {
        JsonNode r = s.post("/api/cases/" + caseId + "/rehearsals", "{\"agents\": [\"boulware\", \"conceder\"],"
                + " \"rounds\": 20}").json();
        assertThat(keys(r)).containsExactly("result", "trace", "id", "caseId", "caseName", "request");
        assertThat(keys(r.get("request"))).containsExactly("agents", "rounds", "seed");
        assertThat(keys(r.get("trace").get(0))).last().isEqualTo("crossesRedLineOf");
        assertThat(keys(s.get("/api/cases/" + caseId + "/rehearsals").json().get(0))).containsExactly("id", "caseId",
                "caseRevision", "created", "request");
        s.get("/api/cases/" + caseId + "/analysis");
        assertThat(keys(s.get("/api/analyses").json().get(0))).containsExactly("id", "caseId", "caseRevision", "created");
        JsonNode cloud = s.get("/api/cases/" + caseId + "/cloud").json();
        assertThat(keys(cloud)).containsExactly("grid", "limit", "layers", "packages");
        assertThat(keys(cloud.get("layers").get(0))).containsExactly("kind", "label", "points");
        assertThat(cloud.get("layers").get(0).get("points").get(0).size()).isEqualTo(2);
    }

    @Test
    void tournaments() throws InterruptedException {
        JsonNode t = s.post("/api/tournaments", "{\"cases\": [\"" + caseId + "\"], \"agents\": [\"boulware\"],"
                + " \"rounds\": 10}").json();
        assertThat(keys(t)).containsExactly("id", "status", "total", "done", "created", "request");
        assertThat(keys(t.get("request"))).containsExactly("cases", "revisions", "agents", "repetitions", "rounds", "seed");
        JsonNode done = t;
        for (int i = 0; i < 200 && !"finished".equals(done.get("status").asString()); i++) {
            Thread.sleep(50);
            done = s.get("/api/tournaments/" + t.get("id").asString()).json();
        }
        assertThat(keys(done)).containsExactly("id", "status", "total", "done", "created", "finished", "request",
                "summary", "sessions");
        assertThat(keys(done.get("summary").get(0))).containsExactly("agent", "seats", "agreementRate", "meanUtility",
                "meanParetoDistance", "meanNashDistance", "meanWelfare", "forfeits");
        JsonNode polled = s.get("/api/tournaments/" + t.get("id").asString() + "?sessions=false").json();
        assertThat(keys(polled)).as("the page's poll").containsExactly("id", "status", "total", "done", "created",
                "finished", "request", "summary");
        assertThat(polled.get("summary")).isEqualTo(done.get("summary"));
    }

    @Test
    void plays() {
        JsonNode p = s.post("/api/cases/" + caseId + "/plays", "{\"seats\": [{\"person\": true, \"instructions\": \"hold\"},"
                + " {\"agent\": \"boulware\"}], \"rounds\": 3}").json();
        assertThat(keys(p)).containsExactly("id", "links");
        assertThat(keys(p.get("links").get(0))).containsExactly("party", "token", "url");
        String token = p.get("links").get(0).get("token").asString();
        JsonNode seat = s.get("/api/play/" + token).json();
        assertThat(keys(seat)).containsExactly("id", "status", "you", "parties", "case", "instructions", "issues",
                "preferences", "best", "rounds", "round", "yourTurn", "history", "standing");
        assertThat(keys(s.get("/api/plays/" + p.get("id").asString()).json())).containsExactly("id", "status",
                "parties", "seats", "rounds", "result");
        assertThat(keys(s.get("/api/plays").json().get(0))).containsExactly("id", "caseId", "status", "created", "case",
                "seats");
        JsonNode preview = s.post("/api/play/" + token + "/utility", "{\"outcome\": " + seat.get("best") + "}").json();
        assertThat(keys(preview)).containsExactly("yourUtility", "withinYourRedLines");
    }
}
