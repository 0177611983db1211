package org.detente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.detente.web.store.Jobs;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * A mediated session no one confides in or answers for the idle timeout is closed: it leaves the
 * live rooms, the store records it as expired, and every later answer is refused; activity puts the
 * timeout off.
 */
class MediationIdleTest {
    private static final long IDLE_MILLIS = 1_500;

    private static String status(TestServer s, String id) {
        return s.get("/api/mediations/" + id).json().get("status").asString();
    }

    @Tag("slow") // waits seconds for the timeout: full suite only
    @Test
    void anIdleSessionIsClosedAndRecordedAsExpiredAndActivityPutsItOff() throws Exception {
        try (TestServer s = TestServer.withMediationIdle(Duration.ofMillis(IDLE_MILLIS))) {
            String caseId = s.example("apartment-lease.yaml");
            JsonNode created = s.post("/api/cases/" + caseId + "/mediations", "{\"rounds\": 20}").json();
            String id = created.get("id").asString();
            String landlord = created.get("links").get(0).get("token").asString();
            String tenant = created.get("links").get(1).get("token").asString();

            assertThat(s.post("/api/mediation/" + landlord + "/confide", "{}").status()).isEqualTo(200);
            Thread.sleep(IDLE_MILLIS * 2 / 3);
            assertThat(s.post("/api/mediation/" + tenant + "/confide", "{}").status()).isEqualTo(200);
            long lastActivity = System.nanoTime();
            Thread.sleep(IDLE_MILLIS * 2 / 3);
            // past the timeout since the first confidence, not since the last: still running
            assertThat(status(s, id)).isEqualTo(Jobs.RUNNING);

            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (status(s, id).equals(Jobs.RUNNING) && System.nanoTime() < deadline) {
                Thread.sleep(50); // reading is not acting: these polls do not put the timeout off
            }
            assertThat(status(s, id)).isEqualTo(Jobs.EXPIRED);
            assertThat(System.nanoTime() - lastActivity).isGreaterThanOrEqualTo(Duration.ofMillis(IDLE_MILLIS).toNanos());

            JsonNode view = s.get("/api/mediation/" + landlord).json();
            assertThat(view.get("status").asString()).isEqualTo(Jobs.EXPIRED);
            assertThat(view.get("phase").asString()).isEqualTo("over");
            TestServer.Answer late = s.post("/api/mediation/" + tenant + "/answer", "{\"answer\": \"better\"}");
            assertThat(late.status()).isEqualTo(409);
            assertThat(late.json().get("error").asString()).contains("expired");
            assertThat(s.get("/api/mediation/" + tenant + "/debrief").status()).isEqualTo(409);

            var row = s.server.store().mediations().get(id).orElseThrow();
            assertThat(row.status()).isEqualTo(Jobs.EXPIRED);
            assertThat(row.finished()).isPositive();
            assertThat(row.result()).isNull();
            assertThat(s.log.text()).contains("mediated session " + id + " closed: no one confided or answered for");
        }
    }

    @Test
    void theTimeoutMustBePositive() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WebOptions.of(0, "x.db").withMediationIdle(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--mediation-idle-timeout");
    }
}
