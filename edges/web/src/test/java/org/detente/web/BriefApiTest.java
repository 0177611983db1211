package org.detente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Preparation briefs through the API: computed in the background, then served as HTML and Markdown. */
@Tag("slow")
class BriefApiTest extends OnApartmentLease {
    @Test
    void aBriefIsWrittenStoredAndServed() throws Exception {
        TestServer.Answer a = s.post("/api/cases/" + caseId + "/briefs",
                "{\"samples\": 300, \"sessions\": 6, \"rounds\": 40, \"repetitions\": 1, \"seed\": 2}");
        assertThat(a.status()).as(a.body()).isEqualTo(202);
        JsonNode started = a.json();
        assertThat(started.get("request").get("party").asString()).isNotBlank();
        String id = started.get("id").asString();
        JsonNode b = started;
        for (int i = 0; i < 1200 && b.get("status").asString().equals("running"); i++) {
            Thread.sleep(50);
            b = s.get("/api/briefs/" + id).json();
        }
        assertThat(b.get("status").asString()).as(b.toString()).isEqualTo("finished");
        TestServer.Answer html = s.get(b.get("html").asString());
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.type()).startsWith("text/html");
        assertThat(html.body()).contains("Zoom out", "Zoom in", "Moves", "Plan", "Risks", "<svg").doesNotContain("<script");
        HttpResponse<byte[]> zip = java.net.http.HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(s.uri(b.get("markdown").asString())).build(), HttpResponse.BodyHandlers.ofByteArray());
        List<String> names = new ArrayList<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names).contains("brief.md").anyMatch(n -> n.endsWith(".svg"));
        assertThat(s.get("/api/cases/" + caseId + "/briefs").json().findValuesAsString("id")).contains(id);
    }

    @Test
    void badSidesNameTheField() {
        TestServer.Answer a = s.post("/api/cases/" + caseId + "/briefs", "{\"party\": \"Nobody\"}");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("field").asString()).isEqualTo("party");
        TestServer.Answer same = s.post("/api/cases/" + caseId + "/briefs", "{\"party\": \"Tenant\", \"counterpart\": \"Tenant\"}");
        assertThat(same.json().get("field").asString()).isEqualTo("counterpart");
        assertThat(s.get("/api/briefs/none/brief.html").status()).isEqualTo(404);
    }
}
