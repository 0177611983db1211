package org.detente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Two people settle a case through the neutral mediator, each through their own link; nothing any
 * response gives one of them holds the other's confided numbers, utilities or answers until the
 * debrief, which shows both everything.
 */
@Tag("slow")
class MediationApiTest extends OnApartmentLease {
    /** The tenant's confided preferences: the case's, with weights and a reservation value no one else knows. */
    static ObjectNode tenantSecret() {
        ObjectNode t = (ObjectNode) theCase.get("parties").get(1).deepCopy();
        ObjectNode w = t.putObject("weights");
        w.put("rent", 0.2713).put("leaseLength", 0.1187).put("startDate", 0.1391).put("deposit", 0.0923)
                .put("pets", 0.2861).put("smallRepairs", 0.0925);
        t.put("reservation", 0.4271);
        return t;
    }

    private static final List<String> SECRETS = List.of("0.2713", "0.1187", "0.1391", "0.0923", "0.2861", "0.0925",
            "0.4271");

    /** Every number written in a response, as written. */
    private static List<String> numbers(String response) {
        List<String> out = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?").matcher(response);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static JsonNode ok(TestServer.Answer a) {
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json();
    }

    /** A truthful answer by one's own utility and reservation value. */
    private static String truthful(JsonNode view, double rv) {
        JsonNode q = view.get("question");
        JsonNode text = q.get("text");
        return switch (q.get("kind").asString()) {
            case "draft" -> Double.compare(text.get("yourUtility").asDouble(), q.get("current").get("yourUtility").asDouble())
                    > 0 ? "better" : text.get("yourUtility").asDouble() == q.get("current").get("yourUtility").asDouble()
                    ? "same" : "worse";
            case "ballot" -> text.get("withinYourRedLines").asBoolean() && text.get("yourUtility").asDouble() >= rv
                    ? "accept" : "reject";
            case "improvement" -> "accept";
            default -> throw new AssertionError(q);
        };
    }

    @Test
    void twoPeopleConfideAnswerAndSettleWithoutEitherLearningTheOthersPreferences() {
        JsonNode created = s.post("/api/cases/" + caseId + "/mediations", "{\"rounds\": 40, \"seed\": 3, "
                + "\"instructions\": [\"Landlord brief\", \"Tenant brief\"]}").json();
        String id = created.get("id").asString();
        String landlord = created.get("links").get(0).get("token").asString();
        String tenant = created.get("links").get(1).get("token").asString();
        assertThat(created.get("links").get(1).get("url").asString()).isEqualTo("/mediate.html#" + tenant);
        List<String> toLandlord = new ArrayList<>();

        JsonNode l = ok(s.get("/api/mediation/" + landlord));
        toLandlord.add(l.toString());
        assertThat(l.get("phase").asString()).isEqualTo("confiding");
        assertThat(l.get("instructions").asString()).isEqualTo("Landlord brief");
        assertThat(l.toString()).doesNotContain("Tenant brief");
        assertThat(s.post("/api/mediation/" + landlord + "/answer", "{\"answer\": \"accept\"}").status()).isEqualTo(409);

        toLandlord.add(ok(s.post("/api/mediation/" + landlord + "/confide", "{}")).toString());
        assertThat(s.post("/api/mediation/" + landlord + "/confide", "{}").status()).isEqualTo(409);
        ObjectNode broken = tenantSecret();
        ((ObjectNode) broken.get("weights")).put("rent", 0.9);
        TestServer.Answer bad = s.post("/api/mediation/" + tenant + "/confide", "{\"party\": " + broken + "}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("weights");
        JsonNode t = ok(s.post("/api/mediation/" + tenant + "/confide", "{\"party\": " + tenantSecret() + "}"));
        assertThat(t.get("preferences").get("reservation").asDouble()).isEqualTo(0.4271);
        assertThat(t.get("phase").asString()).isEqualTo("texts");

        double landlordRv = theCase.get("parties").get(0).get("reservation").asDouble();
        JsonNode facilitator = null;
        for (int i = 0; i < 400; i++) {
            l = ok(s.get("/api/mediation/" + landlord));
            toLandlord.add(l.toString());
            t = ok(s.get("/api/mediation/" + tenant));
            if (!l.get("status").asString().equals("running")) {
                break;
            }
            if (i == 0) {
                TestServer.Answer wrong = s.post("/api/mediation/" + landlord + "/answer", "{\"answer\": \"maybe\"}");
                assertThat(wrong.status()).isEqualTo(400);
                toLandlord.add(wrong.body());
            }
            if (l.get("yourTurn").asBoolean()) {
                toLandlord.add(ok(s.post("/api/mediation/" + landlord + "/answer", "{\"answer\": \""
                        + truthful(l, landlordRv) + "\"}")).toString());
                TestServer.Answer twice = s.post("/api/mediation/" + landlord + "/answer", "{\"answer\": \"reject\"}");
                if (twice.status() == 409) {
                    toLandlord.add(twice.body());
                }
            }
            t = ok(s.get("/api/mediation/" + tenant));
            if (t.get("yourTurn").asBoolean()) {
                ok(s.post("/api/mediation/" + tenant + "/answer", "{\"answer\": \"" + truthful(t, 0.4271) + "\"}"));
            }
            if (facilitator == null) {
                facilitator = ok(s.get("/api/mediations/" + id));
            }
        }
        assertThat(l.get("status").asString()).isEqualTo("finished");
        assertThat(l.get("result").get("agreement").asBoolean()).as(l.toString()).isTrue();

        // nothing the landlord was answered holds the tenant's confided numbers, or her utility of any text
        JsonNode debrief = ok(s.get("/api/mediation/" + tenant + "/debrief"));
        List<String> tenantUtilities = new ArrayList<>();
        for (JsonNode offer : debrief.get("trace")) {
            String u = offer.get("utilities").get(1).toString();
            if (u.length() >= 6) { // a round number such as 0.5 could be anyone's
                tenantUtilities.add(u);
            }
        }
        assertThat(tenantUtilities).isNotEmpty();
        for (String response : toLandlord) {
            for (String secret : SECRETS) {
                assertThat(numbers(response)).as("a response to the landlord: " + response).doesNotContain(secret);
            }
            assertThat(numbers(response)).as("the tenant's utility of a text").doesNotContainAnyElementsOf(tenantUtilities);
            assertThat(response).doesNotContain("Tenant brief");
        }
        assertThat(facilitator.toString()).doesNotContain("0.4271").doesNotContain("weights");
        assertThat(facilitator.get("result").isNull()).isTrue();

        // the debrief shows both sides everything
        JsonNode seen = ok(s.get("/api/mediation/" + landlord + "/debrief"));
        assertThat(seen.toString()).contains("0.4271").contains("0.2861");
        assertThat(seen.get("confided").get(1).get("reservation").asDouble()).isEqualTo(0.4271);
        assertThat(seen.get("steps").size()).isEqualTo(seen.get("trace").size());
        assertThat(seen.get("analysis").get("paretoFrontier").size()).isPositive();
        assertThat(seen.get("result").get("mediator").asString()).isEqualTo("nash-seeker");
        assertThat(ok(s.get("/api/mediations/" + id)).get("result").get("agreement").asBoolean()).isTrue();
        assertThat(s.post("/api/mediation/" + landlord + "/answer", "{\"answer\": \"accept\"}").status()).isEqualTo(409);
        // the tentative agreement was improved on until no package was better for both: it is efficient
        assertThat(seen.get("valueLeft").get("improvements").size()).isZero();
    }

    @Test
    void badRequestsAreNamed() {
        assertThat(s.post("/api/cases/" + caseId + "/mediations", "{\"mediator\": \"oracle\"}").body())
                .contains("unknown mediator 'oracle'");
        assertThat(s.post("/api/cases/" + caseId + "/mediations", "{\"instructions\": [\"one\"]}").status())
                .isEqualTo(400);
        assertThat(s.get("/api/mediation/" + "x".repeat(43)).status()).isEqualTo(404);
        JsonNode created = s.post("/api/cases/" + caseId + "/mediations", "{}").json();
        String token = created.get("links").get(0).get("token").asString();
        assertThat(s.get("/api/mediation/" + token + "/debrief").status()).isEqualTo(409);
        assertThat(s.get("/api/play/" + token).status()).as("a mediation link opens no play seat").isEqualTo(404);
        assertThat(RequestGuard.openToAll("/api/mediation/" + token)).isTrue();
        assertThat(RequestGuard.openToAll("/mediate.html")).isTrue();
        assertThat(RequestGuard.openToAll("/api/mediations/" + created.get("id").asString())).isFalse();
    }
}
