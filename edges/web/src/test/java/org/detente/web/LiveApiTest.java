package org.detente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.detente.formats.casefile.CaseFiles;
import org.detente.formats.casefile.Format;
import org.detente.formats.casefile.RecordFiles;
import org.detente.model.NegotiationCase;
import org.detente.model.NegotiationRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Live talks: offers entered as they are made, tracked, stored, exported; one side's view only; bad input refused. */
@Tag("slow")
class LiveApiTest extends OnApartmentLease {
    static String offer(String by, String rent, String pets, int round) {
        return "{\"by\": \"" + by + "\", \"when\": " + round + ", \"note\": \"round " + round + "\", \"outcome\": {\"rent\": \""
                + rent + "\", \"leaseLength\": \"12-months\", \"startDate\": \"1-july\", \"deposit\": \"one-month\","
                + " \"pets\": \"" + pets + "\", \"smallRepairs\": \"landlord-pays\"}}";
    }

    static String talks(String c, String body) {
        TestServer.Answer a = s.post("/api/cases/" + c + "/live", body);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().get("id").asString();
    }

    @Test
    void offersAreTrackedStoredAndExportedAsARecord() throws Exception {
        TestServer.Answer begun = s.post("/api/cases/" + caseId + "/live", "{\"us\": \"Tenant\", \"counterpart\": \"Landlord\","
                + " \"deadline\": 10, \"seed\": 3}");
        assertThat(begun.status()).as(begun.body()).isEqualTo(201);
        JsonNode v = begun.json();
        String talk = v.get("id").asString();
        assertThat(v.get("prior").asString()).isEqualTo("profile");
        assertThat(v.get("track").get("offers").size()).isZero();
        // before any offer: the plan's opening is recommended
        assertThat(v.get("track").get("next").get("outcome").size()).isEqualTo(6);
        String base = "/api/cases/" + caseId + "/live/" + talk;

        TestServer.Answer first = s.post(base + "/offers", offer("Landlord", "1700", "no-pets", 1));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        TestServer.Answer second = s.post(base + "/offers", offer("Tenant", "1500", "cat-only", 1));
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        v = s.post(base + "/offers", offer("Landlord", "1650", "no-pets", 2)).json();
        JsonNode track = v.get("track");
        assertThat(track.get("offers").size()).isEqualTo(3);
        assertThat(track.get("offers").get(2).get("move").isString()).isTrue();
        JsonNode rent = track.get("estimate").get("issues").get("rent");
        assertThat(rent.get("weightInterval").get("low").asDouble()).isLessThanOrEqualTo(rent.get("weight").asDouble());
        assertThat(rent.get("weightInterval").get("high").asDouble()).isGreaterThanOrEqualTo(rent.get("weight").asDouble());
        assertThat(track.get("estimate").get("reservation").has("mean")).isTrue();
        assertThat(track.get("next").get("why").asString()).isNotBlank();
        // the dance: both sides' offers in our utility × their believed one, over the believed frontier
        JsonNode dance = v.get("dance");
        assertThat(dance.get("offers").size()).isEqualTo(3);
        assertThat(dance.get("offers").get(0).get("utilities").get(1).asDouble())
                .isEqualTo(track.get("offers").get(0).get("theirUtility").get("mean").asDouble());
        assertThat(dance.get("analysis").get("paretoFrontier").size()).isPositive();

        // stored: reading it again gives the same view; listed
        assertThat(s.get(base).json()).isEqualTo(v);
        JsonNode list = s.get("/api/cases/" + caseId + "/live").json();
        assertThat(list.valueStream().map(t -> t.get("id").asString()).toList()).contains(talk);

        // exported as the record file, which reads back against the case with the offers as entered
        TestServer.Answer yaml = s.get(base + "/record?format=yaml");
        assertThat(yaml.status()).isEqualTo(200);
        NegotiationCase c = CaseFiles.read("case", theCase.toString(), Format.JSON);
        NegotiationRecord r = RecordFiles.read("talks.yaml", yaml.body(), Format.YAML, RecordFiles.Scenario.of(c));
        assertThat(r.us()).isEqualTo("Tenant");
        assertThat(r.deadline()).contains(new NegotiationRecord.Round(10));
        assertThat(r.offers()).extracting(NegotiationRecord.Offer::by).containsExactly("Landlord", "Tenant", "Landlord");
        assertThat(r.offers().get(1).note()).isEqualTo("round 1");
        assertThat(c.domain().labels(r.offers().get(0).outcome()).get("rent")).isEqualTo("1700");
        TestServer.Answer json = s.get(base + "/record?format=json");
        assertThat(RecordFiles.read("talks.json", json.body(), Format.JSON, RecordFiles.Scenario.of(c))).isEqualTo(r);

        // a slip of the hand taken back
        JsonNode undone = s.delete(base + "/offers/last").json();
        assertThat(undone.get("track").get("offers").size()).isEqualTo(2);
        // a record file started from is the same talks
        String again = talks(caseId, Requests.JSON.createObjectNode().put("record", yaml.body()).put("seed", 3).toString());
        assertThat(s.get("/api/cases/" + caseId + "/live/" + again).json().get("track")).isEqualTo(v.get("track"));
    }

    /**
     * Without a profile, the counterpart's preferences in the case are never read: two cases that differ
     * only there give the same view; and no view carries them.
     */
    @Test
    void theCounterpartsPreferencesNeverReachTheView() {
        ObjectNode plain = (ObjectNode) theCase.deepCopy();
        plain.remove("profiles");
        ObjectNode other = plain.deepCopy();
        ObjectNode weights = (ObjectNode) other.get("parties").get(0).get("weights");
        weights.put("rent", 0.05).put("pets", 0.35);
        ((ObjectNode) other.get("parties").get(0)).put("reservation", 0.6);
        JsonNode[] views = new JsonNode[2];
        int k = 0;
        for (ObjectNode body : List.of(plain, other)) {
            TestServer.Answer created = s.post("/api/cases", body.toString());
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String c = created.json().get("id").asString();
            String talk = talks(c, "{\"us\": \"Tenant\", \"counterpart\": \"Landlord\", \"deadline\": 10}");
            String base = "/api/cases/" + c + "/live/" + talk;
            s.post(base + "/offers", offer("Landlord", "1700", "no-pets", 1));
            s.post(base + "/offers", offer("Tenant", "1500", "cat-only", 1));
            JsonNode v = s.post(base + "/offers", offer("Landlord", "1650", "no-pets", 2)).json();
            assertThat(v.get("prior").asString()).isEqualTo("uninformed");
            assertThat(v.has("preferences")).isFalse();
            assertThat(v.toString()).doesNotContain("\"weights\"");
            views[k++] = v;
        }
        for (String key : List.of("track", "dance", "best", "issues")) {
            assertThat(views[1].get(key)).as(key).isEqualTo(views[0].get(key));
        }
    }

    @Test
    void badInputIsRefusedWithAJsonErrorNamingTheField() {
        String talk = talks(caseId, "{\"us\": \"Tenant\"}");
        String base = "/api/cases/" + caseId + "/live/" + talk;
        expect(s.post(base + "/offers", offer("Caretaker", "1700", "no-pets", 1)), 400, "by");
        expect(s.post(base + "/offers", offer("Landlord", "1700", "parrots", 1)), 400, "outcome");
        expect(s.post(base + "/offers", "{\"by\": \"Landlord\"}"), 400, "outcome");
        expect(s.post(base + "/offers", offer("Landlord", "1700", "no-pets", 1).replace("\"when\": 1", "\"when\": 0")), 400, "when");
        expect(s.post(base + "/offers", offer("Landlord", "1700", "no-pets", 1).replace("\"when\": 1", "\"when\": \"tuesday\"")),
                400, "when");
        expect(s.post(base + "/offers", offer("Landlord", "1700", "no-pets", 1).replace("round 1", "x".repeat(2001))), 400, "note");
        expect(s.post(base + "/offers", "[1, 2"), 400, "");
        expect(s.post("/api/cases/" + caseId + "/live", "{\"us\": \"Caretaker\"}"), 400, "us");
        expect(s.post("/api/cases/" + caseId + "/live", "{\"us\": \"Tenant\", \"counterpart\": \"Tenant\"}"), 400, "counterpart");
        expect(s.post("/api/cases/" + caseId + "/live", "{\"deadline\": -3}"), 400, "deadline");
        TestServer.Answer badRecord = s.post("/api/cases/" + caseId + "/live",
                "{\"record\": \"case: Apartment lease\\nus: Tenant\\ncounterpart: Landlord\\noffers:\\n  - by: Landlord\\n    package: {rent: '1700'}\\n\"}");
        expect(badRecord, 400, "record");
        assertThat(badRecord.json().get("error").asString()).contains("record:").contains("offers[0].package");
        expect(s.get(base + "/record?format=xml"), 400, "format");
        expect(s.get("/api/cases/" + caseId + "/live/nosuchtalk"), 404, "");
        expect(s.delete(base + "/offers/last"), 409, "");
        // larger than the server takes: refused before it is read
        expect(s.post(base + "/offers", "{\"note\": \"" + "x".repeat((int) WebOptions.DEFAULT_MAX_REQUEST_BYTES) + "\"}"), 413, "");
        // more offers than talks keep: a stated limit
        StringBuilder many = new StringBuilder("{\"case\": \"Apartment lease\", \"us\": \"Tenant\", \"counterpart\": \"Landlord\", \"offers\": [");
        for (int i = 0; i <= LiveApi.MAX_OFFERS; i++) {
            many.append(i == 0 ? "" : ",").append(offer(i % 2 == 0 ? "Landlord" : "Tenant", "1700", "no-pets", i / 2 + 1)
                    .replace("\"outcome\"", "\"package\""));
        }
        many.append("]}");
        TestServer.Answer tooMany = s.post("/api/cases/" + caseId + "/live",
                Requests.JSON.createObjectNode().put("record", many.toString()).toString());
        expect(tooMany, 422, "record");
        // nothing half stored
        assertThat(s.get(base).json().get("track").get("offers").size()).isZero();
    }

    static void expect(TestServer.Answer a, int status, String field) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.type()).startsWith("application/json");
        JsonNode e = a.json();
        assertThat(e.get("error").asString()).isNotBlank();
        if (!field.isEmpty()) {
            assertThat(e.get("field").asString()).isEqualTo(field);
        }
    }
}
