package org.detente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import tools.jackson.databind.JsonNode;

/**
 * Tournaments outlive their server (issue 17, item 9): one interrupted by its server's stop is taken
 * up by another server on the same database and ends with the results of a run never interrupted;
 * a second server started while the first one runs a tournament leaves it alone (its lease).
 */
@Tag("slow")
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class TournamentResumeTest {
    private static final String REQUEST = "\"agents\": [\"boulware\", \"conceder\", \"random\"], \"repetitions\": 60,"
            + " \"rounds\": 100, \"seed\": 3}";

    private static JsonNode await(TestServer s, String id, int atLeast) throws InterruptedException {
        JsonNode t = null;
        for (int i = 0; i < 2400; i++) {
            t = s.get("/api/tournaments/" + id).json();
            if (!t.get("status").asString().equals("running") || t.get("done").asInt() >= atLeast) {
                return t;
            }
            Thread.sleep(25);
        }
        return t;
    }

    private static TreeSet<String> sessions(JsonNode t) {
        TreeSet<String> out = new TreeSet<>();
        t.get("sessions").forEach(s -> out.add(s.toString()));
        return out;
    }

    @Test
    void anInterruptedTournamentIsResumedByAnotherServerToTheResultsOfAnUninterruptedRun() throws Exception {
        Path dir = Files.createTempDirectory("detente-resume-test");
        String id;
        String caseId;
        int doneBefore;
        try (TestServer first = TestServer.on(dir)) {
            caseId = first.example("apartment-lease.yaml");
            TestServer.Answer a = first.post("/api/tournaments", "{\"cases\": [\"" + caseId + "\"], " + REQUEST);
            assertThat(a.status()).as(a.body()).isEqualTo(202);
            id = a.json().get("id").asString();
            doneBefore = await(first, id, 5).get("done").asInt();
        } // the server stops mid-run
        try (TestServer second = TestServer.on(dir)) {
            JsonNode stopped = second.get("/api/tournaments/" + id).json();
            assertThat(stopped.get("status").asString()).isEqualTo("interrupted");
            int total = stopped.get("total").asInt();
            assertThat(stopped.get("done").asInt()).isBetween(doneBefore, total - 1);

            TestServer.Answer r = second.post("/api/tournaments/" + id + "/resume", "");
            assertThat(r.status()).as(r.body()).isEqualTo(202);
            JsonNode resumed = await(second, id, Integer.MAX_VALUE);
            assertThat(resumed.get("status").asString()).isEqualTo("finished");
            assertThat(resumed.get("done").asInt()).isEqualTo(total);
            assertThat(resumed.get("sessions").size()).isEqualTo(total);
            assertThat(second.post("/api/tournaments/" + id + "/resume", "").status()).as("a finished one").isEqualTo(409);

            TestServer.Answer fresh = second.post("/api/tournaments", "{\"cases\": [\"" + caseId + "\"], " + REQUEST);
            JsonNode whole = await(second, fresh.json().get("id").asString(), Integer.MAX_VALUE);
            assertThat(whole.get("status").asString()).isEqualTo("finished");
            assertThat(sessions(resumed)).isEqualTo(sessions(whole));
            assertThat(resumed.get("summary")).isEqualTo(whole.get("summary"));
        } finally {
            CaseApi.delete(dir);
        }
    }

    @Test
    void aSecondServerOnTheSameDatabaseLeavesTheFirstOnesRunningTournamentAlone() throws Exception {
        Path dir = Files.createTempDirectory("detente-lease-test");
        try (TestServer first = TestServer.on(dir)) {
            String caseId = first.example("apartment-lease.yaml");
            // 9,000 sessions: still running for as long as the test looks
            TestServer.Answer a = first.post("/api/tournaments", "{\"cases\": [\"" + caseId + "\"], \"agents\": [\"boulware\","
                    + " \"conceder\", \"random\"], \"repetitions\": 1000, \"rounds\": 200, \"seed\": 3}");
            String id = a.json().get("id").asString();
            assertThat(await(first, id, 3).get("status").asString()).isEqualTo("running");
            int seen;
            try (TestServer second = TestServer.on(dir)) {
                JsonNode t = second.get("/api/tournaments/" + id).json();
                assertThat(t.get("status").asString()).as("not marked interrupted by a server start").isEqualTo("running");
                TestServer.Answer r = second.post("/api/tournaments/" + id + "/resume", "");
                assertThat(r.status()).isEqualTo(409);
                assertThat(r.json().get("error").asString()).contains("is running").contains("lease has not expired");
                seen = t.get("done").asInt();
            }
            // the first server goes on storing its sessions
            JsonNode later = await(first, id, seen + 10);
            assertThat(later.get("status").asString()).isEqualTo("running");
            assertThat(later.get("done").asInt()).isGreaterThanOrEqualTo(seen + 10);
        }
        try (TestServer third = TestServer.on(dir)) {
            JsonNode all = third.get("/api/tournaments").json();
            assertThat(all.get(0).get("status").asString()).as("the first server's stop recorded it").isEqualTo("interrupted");
        } finally {
            CaseApi.delete(dir);
        }
    }

    @Test
    void aTournamentWhoseCaseChangedSinceIsNotResumed() throws Exception {
        Path dir = Files.createTempDirectory("detente-changed-test");
        String id;
        String caseId;
        try (TestServer first = TestServer.on(dir)) {
            caseId = first.example("apartment-lease.yaml");
            id = first.post("/api/tournaments", "{\"cases\": [\"" + caseId + "\"], " + REQUEST).json().get("id").asString();
        }
        try (TestServer second = TestServer.on(dir)) {
            assertThat(second.get("/api/tournaments/" + id).json().get("status").asString()).isEqualTo("interrupted");
            TestServer.Answer edited = second.put("/api/cases/" + caseId,
                    second.get("/api/cases/" + caseId).json().get("case").toString());
            assertThat(edited.status()).as(edited.body()).isEqualTo(200);
            TestServer.Answer r = second.post("/api/tournaments/" + id + "/resume", "");
            assertThat(r.status()).isEqualTo(409);
            assertThat(r.json().get("error").asString()).contains("has changed since the tournament began");
            assertThat(second.get("/api/tournaments/" + id).json().get("status").asString()).isEqualTo("interrupted");
        } finally {
            CaseApi.delete(dir);
        }
    }
}
