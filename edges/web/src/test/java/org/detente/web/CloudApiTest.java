package org.detente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The analysis page's cloud of packages: the brief's binning, red-line packages apart, kept per revision. */
class CloudApiTest {
    @Test
    void theCloudHoldsEveryPackageInItsClassWorstFirst() throws Exception {
        try (TestServer s = new TestServer()) {
            String id = s.example("apartment-lease.yaml");
            TestServer.Answer a = s.get("/api/cases/" + id + "/cloud");
            assertThat(a.status()).isEqualTo(200);
            JsonNode cloud = a.json();
            assertThat(cloud.get("packages").asLong()).isEqualTo(540);
            assertThat(cloud.get("grid").asInt()).isEqualTo(250);
            List<String> kinds = new ArrayList<>();
            int cells = 0;
            for (JsonNode layer : cloud.get("layers")) {
                kinds.add(layer.get("kind").asString());
                cells += layer.get("points").size();
                for (JsonNode p : layer.get("points")) {
                    assertThat(p.get(0).asDouble()).isBetween(0.0, 1.0);
                    assertThat(p.get(1).asDouble()).isBetween(0.0, 1.0);
                }
            }
            // the lease's red lines refuse 180 of its 540 packages; it has no ratifiers
            assertThat(kinds).containsExactly("crossesRedLine", "outsideZopa", "zopaRatifiable");
            assertThat(cells).isBetween(1, 540);
            assertThat(s.get("/api/cases/" + id + "/cloud").body()).isEqualTo(a.body());
            assertThat(s.get("/api/cases/nope/cloud").status()).isEqualTo(404);
        }
    }
}
