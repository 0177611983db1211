package org.detente.web;

import java.util.List;

import org.detente.analysis.Analysis;
import org.detente.analysis.AnalysisOptions;
import org.detente.analysis.Analyzer;
import org.detente.model.Domain;
import org.detente.model.Issue;
import org.detente.model.NegotiationCase;
import org.detente.model.Outcome;
import org.detente.report.AnalysisJson;
import org.detente.tournament.RecordJson;
import org.detente.tournament.SessionRecord;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a person sees through their link. While the session runs: their own instructions and
 * preferences, the issues, the actions so far with their own utility of each offer — never another
 * party's preferences or utilities. Once it is over: the debrief, where the whole picture is shown to
 * each side (the frontier, where the agreement landed, the value left on the table and the packages
 * better for both).
 */
final class PlayViews {
    private PlayViews() {
    }

    /**
     * A stored or live session, as the views need it.
     *
     * @param id      the play's id
     * @param status  running, finished or interrupted
     * @param c       the case as it was when the session started
     * @param request the request (seats, instructions, rounds)
     * @param room    the live state (log, turn, round, result)
     */
    record Play(String id, String status, NegotiationCase c, JsonNode request, PlayRoom.Snapshot room) {
    }

    static ObjectNode player(Play play, int me) {
        NegotiationCase c = play.c();
        Domain d = c.domain();
        ObjectNode o = Requests.JSON.createObjectNode();
        o.put("id", play.id()).put("status", play.status());
        o.putObject("you").put("party", me).put("name", c.party(me).name());
        ArrayNode parties = o.putArray("parties");
        JsonNode seats = play.request().get("seats");
        for (int p = 0; p < c.parties().size(); p++) {
            parties.addObject().put("name", c.party(p).name())
                    .put("kind", seats.get(p).has("agent") ? "agent" : "person");
        }
        o.putObject("case").put("name", c.name()).put("description", c.description());
        JsonNode instructions = seats.get(me).get("instructions");
        o.put("instructions", instructions == null ? "" : instructions.asString());
        ArrayNode issues = o.putArray("issues");
        for (Issue issue : d.issues()) {
            ArrayNode values = issues.addObject().put("name", issue.name()).putArray("values");
            for (int v = 0; v < issue.cardinality(); v++) {
                values.add(issue.label(v));
            }
        }
        o.set("preferences", play.request().get("case").get("parties").get(me));
        ObjectNode best = o.putObject("best");
        d.labels(new Outcome(OwnBest.of(c.party(me), d))).forEach(best::put);
        int rounds = play.request().get("rounds").asInt();
        PlayRoom.Snapshot s = play.room();
        o.put("rounds", rounds).put("round", s.round() + 1);
        o.put("yourTurn", s.turn() == me && s.result() == null && "running".equals(play.status()));
        ArrayNode history = o.putArray("history");
        ObjectNode standing = null;
        for (PlayRoom.Entry e : s.log()) {
            ObjectNode h = history.addObject().put("round", e.round() + 1).put("party", c.party(e.party()).name())
                    .put("action", e.action().word());
            if (e.outcome() >= 0) {
                Outcome out = d.outcomeSpace().outcome(e.outcome());
                ObjectNode labels = h.putObject("outcome");
                d.labels(out).forEach(labels::put);
                h.put("yourUtility", c.party(me).utility(out.toArray()));
                h.put("withinYourRedLines", c.party(me).preferences().allows(out.toArray()));
                standing = h;
            }
        }
        o.set("standing", standing == null ? null : standing.deepCopy());
        if (s.result() != null) {
            SessionRecord.Result r = RecordJson.readResult(s.result().get("result"));
            ObjectNode mine = o.putObject("result");
            mine.put("agreement", r.agreement());
            if (r.outcome() == null) {
                mine.putNull("outcome");
            } else {
                r.outcome().forEach(mine.putObject("outcome")::put);
            }
            RecordJson.number(mine, "yourUtility", r.utilities().get(me));
            mine.put("endedBy", r.endedBy().label());
            mine.put("endedByParty", r.endedByParty());
            mine.put("reason", r.reason());
        }
        return o;
    }

    /** The debrief: the whole analysis, the agreement, and what it left on the table. */
    static ObjectNode debrief(Play play, int me) {
        if (play.room().result() == null) {
            throw new ApiException(409, "", "the debrief opens when the session is over");
        }
        NegotiationCase c = play.c();
        Analysis a = Analyzer.analyze(c, AnalysisOptions.defaults());
        ObjectNode o = Requests.JSON.createObjectNode();
        o.put("id", play.id()).put("you", me);
        JsonNode result = play.room().result();
        o.set("result", result.get("result"));
        o.set("trace", result.get("trace"));
        o.set("analysis", AnalysisJson.tree(c, a));
        long index = RecordJson.readResult(result.get("result")).outcomeIndex();
        if (index >= 0) {
            Outcome out = c.domain().outcomeSpace().outcome(index);
            o.set("valueLeft", AnalysisJson.valueLeft(c.domain(), Analyzer.valueLeft(c, a, out)));
        } else {
            o.putNull("valueLeft");
        }
        return o;
    }

    /** The outcome a person names ({@code {issue: value}}), checked against the domain. */
    static Outcome outcome(Domain d, JsonNode body) {
        JsonNode node = body.get("outcome");
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest("outcome", "an object {issue: value} naming a value for every issue is required");
        }
        var values = new java.util.LinkedHashMap<String, String>();
        for (var e : node.properties()) {
            if (!e.getValue().isString() && !e.getValue().isNumber()) {
                throw ApiException.badRequest("outcome." + e.getKey(), "must be a value of the issue, as text");
            }
            values.put(e.getKey(), e.getValue().isString() ? e.getValue().asString() : e.getValue().toString());
        }
        try {
            return d.outcome(values);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("outcome", e.getMessage());
        }
    }

    /** The seats' kinds, for listings: {@code ["person", "boulware", …]}. */
    static List<String> kinds(JsonNode request) {
        List<String> out = new java.util.ArrayList<>();
        request.get("seats").forEach(s -> out.add(s.has("agent") ? s.get("agent").asString() : PlayRoom.PERSON));
        return out;
    }
}
