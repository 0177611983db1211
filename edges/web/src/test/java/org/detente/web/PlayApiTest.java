package org.detente.web;

import static org.assertj.core.api.Assertions.assertThat;


import org.detente.testing.Repository;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Tag;

/** People at the table through their secret links, against an agent and against each other. */
@Tag("slow")
class PlayApiTest extends OnApartmentLease {
    /** Party p's best package within its red lines, found by trying every package of the case. */
    static JsonNode ownBestByEnumeration(int p) {
        try {
            var c = org.detente.formats.casefile.CaseFiles.read(Repository.path("examples/apartment-lease.yaml"));
            var space = c.domain().outcomeSpace();
            int[] v = new int[c.domain().size()];
            long best = -1;
            double u = Double.NEGATIVE_INFINITY;
            for (long k = 0; k < space.longSize(); k++) {
                space.decode(k, v);
                if (c.party(p).preferences().allows(v) && c.party(p).utility(v) > u) {
                    u = c.party(p).utility(v);
                    best = k;
                }
            }
            ObjectNode out = Requests.JSON.createObjectNode();
            c.domain().labels(space.outcome(best)).forEach(out::put);
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aPersonPlaysAnAgentToAgreementAndReadsTheDebrief() {
        JsonNode created = s.post("/api/cases/" + caseId + "/plays", "{\"seats\": [{\"agent\": \"conceder\"},"
                + " {\"person\": true, \"instructions\": \"Keep the cat.\"}], \"rounds\": 10}").json();
        assertThat(created.get("links").size()).isEqualTo(1);
        String token = created.get("links").get(0).get("token").asString();
        assertThat(token).hasSize(43);
        assertThat(created.get("links").get(0).get("url").asString()).isEqualTo("/play.html#" + token);

        JsonNode me = waitForTurn(token);
        assertThat(me.get("you").get("name").asString()).isEqualTo("Tenant");
        assertThat(me.get("instructions").asString()).isEqualTo("Keep the cat.");
        assertThat(me.get("preferences")).isEqualTo(theCase.get("parties").get(1));
        // the agent opened; the person sees its offer with their own utility only
        JsonNode standing = me.get("standing");
        assertThat(standing.get("party").asString()).isEqualTo("Landlord");
        assertThat(standing.has("yourUtility")).isTrue();
        assertNoOtherPreferences(me.toString());
        // the composer starts at the person's own best package within their red lines
        assertThat(me.get("best")).isEqualTo(ownBestByEnumeration(1));

        // offer the Nash package (within everyone's red lines) until the agent accepts it, or accept
        // the agent's offer once it is within the person's red lines and worth their alternative
        ObjectNode offer = Requests.JSON.createObjectNode();
        offer.set("outcome", s.get("/api/cases/" + caseId + "/analysis").json().get("nash").get("outcome"));
        JsonNode done = me;
        double rv = theCase.get("parties").get(1).get("reservation").asDouble();
        for (int turn = 0; turn < 20 && done.get("status").asString().equals("running"); turn++) {
            JsonNode st = done.get("standing");
            boolean acceptable = st != null && st.get("party").asString().equals("Landlord")
                    && st.get("withinYourRedLines").asBoolean() && st.get("yourUtility").asDouble() >= rv;
            TestServer.Answer a = acceptable ? s.post("/api/play/" + token + "/accept", "")
                    : s.post("/api/play/" + token + "/offer", offer.toString());
            assertThat(a.status()).as(a.body()).isEqualTo(200);
            done = a.json();
            if (done.get("status").asString().equals("running") && !done.get("yourTurn").asBoolean()) {
                done = waitForTurn(token);
            }
        }
        assertThat(done.get("history").size()).isGreaterThanOrEqualTo(2);
        assertThat(done.get("result").get("agreement").asBoolean()).isTrue();
        assertThat(done.get("result").has("yourUtility")).isTrue();
        assertNoOtherPreferences(done.toString());

        // the session's thread records the end just after the move that ended it: the debrief opens then
        assertThat(waitForEnd(token).get("status").asString()).isEqualTo("finished");
        TestServer.Answer answer = s.get("/api/play/" + token + "/debrief");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode debrief = answer.json();
        assertThat(debrief.get("analysis").get("paretoFrontier").size()).isPositive();
        assertThat(debrief.get("valueLeft").has("distanceToFrontier")).isTrue();
        assertThat(debrief.get("valueLeft").get("improvements").isArray()).isTrue();
        assertThat(debrief.get("result").get("utilities").size()).isEqualTo(2);

        assertThat(s.post("/api/play/" + token + "/accept", "").status()).isEqualTo(409);
        JsonNode facilitator = s.get("/api/plays/" + created.get("id").asString()).json();
        assertThat(facilitator.get("status").asString()).isEqualTo("finished");
        // no listing ever shows a token, nor the store its plain text
        assertThat(facilitator.toString()).doesNotContain(token);
        assertThat(s.get("/api/plays").body()).doesNotContain(token);
        assertThat(s.get("/api/plays").json().findValuesAsString("id")).contains(created.get("id").asString());
    }

    @Test
    void twoPeopleEachSeeOnlyTheirOwnSideAndMoveOnlyOnTheirTurn() {
        JsonNode created = s.post("/api/cases/" + caseId + "/plays",
                "{\"seats\": [{\"person\": true}, {\"person\": true}], \"rounds\": 5}").json();
        String landlord = created.get("links").get(0).get("token").asString();
        String tenant = created.get("links").get(1).get("token").asString();
        assertThat(landlord).isNotEqualTo(tenant);
        JsonNode l = waitForTurn(landlord);
        assertThat(l.get("preferences")).isEqualTo(theCase.get("parties").get(0));
        assertThat(l.toString()).doesNotContain(theCase.get("parties").get(1).get("weights").toString());
        JsonNode t = s.get("/api/play/" + tenant).json();
        assertThat(t.get("yourTurn").asBoolean()).isFalse();
        assertThat(s.post("/api/play/" + tenant + "/accept", "").status()).isEqualTo(409);

        ObjectNode offer = Requests.JSON.createObjectNode();
        offer.set("outcome", s.get("/api/cases/" + caseId + "/analysis").json().get("nash").get("outcome"));
        TestServer.Answer bad = s.post("/api/play/" + landlord + "/offer", "{\"outcome\": {\"rent\": \"1\"}}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asString()).isEqualTo("outcome");
        JsonNode preview = s.post("/api/play/" + landlord + "/utility", offer.toString()).json();
        assertThat(preview.has("yourUtility")).isTrue();
        assertThat(preview.get("withinYourRedLines").asBoolean()).isTrue();
        assertThat(s.post("/api/play/" + landlord + "/offer", offer.toString()).status()).isEqualTo(200);
        JsonNode tv = waitForTurn(tenant);
        assertThat(tv.get("standing").get("party").asString()).isEqualTo("Landlord");
        assertThat(s.post("/api/play/" + tenant + "/walk-away", "").status()).isEqualTo(200);
        JsonNode end = waitForEnd(landlord);
        assertThat(end.get("result").get("endedBy").asString()).isEqualTo("walk-away");
        assertThat(end.get("result").get("agreement").asBoolean()).isFalse();
    }

    @Test
    void anUnknownActionIsABadRequestAndTheSessionGoesOn() {
        JsonNode created = s.post("/api/cases/" + caseId + "/plays",
                "{\"seats\": [{\"person\": true}, {\"agent\": \"conceder\"}], \"rounds\": 5}").json();
        String token = created.get("links").get(0).get("token").asString();
        JsonNode before = waitForTurn(token);
        for (String word : new String[] {"dance", "walkaway", "OFFER", "end"}) {
            TestServer.Answer a = s.post("/api/play/" + token + "/" + word, "");
            assertThat(a.status()).as(word).isEqualTo(400);
            assertThat(a.json().get("field").asString()).isEqualTo("action");
            assertThat(a.json().get("error").asString()).contains("unknown action '" + word + "'")
                    .contains("offer, accept, walk-away");
        }
        JsonNode after = s.get("/api/play/" + token).json();
        assertThat(after.get("status").asString()).isEqualTo("running");
        assertThat(after.get("yourTurn").asBoolean()).isTrue();
        assertThat(after.get("history")).isEqualTo(before.get("history"));
        // the person still moves: the table took nothing from the bad requests
        ObjectNode offer = Requests.JSON.createObjectNode();
        offer.set("outcome", ownBestByEnumeration(0));
        assertThat(s.post("/api/play/" + token + "/offer", offer.toString()).status()).isEqualTo(200);
        assertThat(s.post("/api/play/" + token + "/walk-away", "").status()).isIn(200, 409);
    }

    @Test
    void aWrongOrMalformedTokenFindsNothing() {
        String made = PlayRooms.token();
        for (String token : new String[] {made, "short", made.substring(1) + "!", "../cases"}) {
            TestServer.Answer a = s.get("/api/play/" + token);
            assertThat(a.status()).as(token).isEqualTo(404);
            assertThat(a.json().has("error")).isTrue();
        }
        assertThat(s.post("/api/play/" + made + "/offer", "{}").status()).isEqualTo(404);
    }

    @Test
    void badPlayRequestsNameTheField() {
        assertThat(s.post("/api/cases/" + caseId + "/plays", "{\"seats\": [{\"agent\": \"boulware\"},"
                + " {\"agent\": \"linear\"}]}").json().get("field").asString()).isEqualTo("seats");
        assertThat(s.post("/api/cases/" + caseId + "/plays", "{\"seats\": [{\"agent\": \"x\"},"
                + " {\"person\": true}]}").json().get("field").asString()).isEqualTo("seats[0].agent");
        assertThat(s.post("/api/cases/" + caseId + "/plays", "{\"seats\": [{\"person\": true}]}")
                .json().get("field").asString()).isEqualTo("seats");
    }

    private static void assertNoOtherPreferences(String json) {
        JsonNode other = theCase.get("parties").get(0);
        assertThat(json).doesNotContain(other.get("weights").toString());
        assertThat(json).doesNotContain("\"utilities\"");
        assertThat(json).doesNotContain("reservation\":" + other.get("reservation"));
    }

    private static JsonNode waitForTurn(String token) {
        for (int i = 0; i < 200; i++) {
            JsonNode v = s.get("/api/play/" + token).json();
            if (v.get("yourTurn").asBoolean() || !v.get("status").asString().equals("running")) {
                return v;
            }
            sleep();
        }
        throw new AssertionError("never my turn");
    }

    private static JsonNode waitForEnd(String token) {
        for (int i = 0; i < 200; i++) {
            JsonNode v = s.get("/api/play/" + token).json();
            if (!v.get("status").asString().equals("running")) {
                return v;
            }
            sleep();
        }
        throw new AssertionError("never ended");
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
