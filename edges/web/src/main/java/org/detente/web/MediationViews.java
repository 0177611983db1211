package org.detente.web;

import org.detente.model.Domain;
import org.detente.model.Issue;
import org.detente.model.NegotiationCase;
import org.detente.rehearsal.UtilityTable;
import org.detente.tournament.RecordJson;
import org.detente.tournament.SessionRecord;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a person sees of a mediated session through their link: the case, their own instructions
 * and preferences (as they confided them), each text the mediator put with their own utility of it
 * and their own answer — never another party's preferences, utilities or answers, nor whether a
 * ballot failed by whose veto. The tentative agreement and the improvements on it are shown the
 * same way. Once it is over, the debrief ({@link PlayViews#debrief}) shows everyone everything.
 */
final class MediationViews {
    private MediationViews() {
    }

    /**
     * Party {@code me}'s view.
     *
     * @param room   the room (live, or rebuilt from the store)
     * @param status running, finished or interrupted
     * @param me     the party
     */
    static ObjectNode person(MediationRoom room, String status, int me) {
        MediationRoom.Snapshot s = room.snapshot(me);
        NegotiationCase c = room.original();
        Domain d = c.domain();
        JsonNode request = room.request();
        ObjectNode o = Requests.JSON.createObjectNode();
        o.put("id", room.id()).put("status", status).put("phase", s.phase().name().toLowerCase(java.util.Locale.ROOT));
        o.put("mediator", request.get("mediator").asString());
        o.putObject("you").put("party", me).put("name", c.party(me).name());
        ArrayNode parties = o.putArray("parties");
        for (int p = 0; p < room.parties(); p++) {
            parties.addObject().put("name", c.party(p).name()).put("confided", s.confided()[p]);
        }
        o.putObject("case").put("name", c.name()).put("description", c.description());
        JsonNode instructions = request.get("instructions").get(me);
        o.put("instructions", instructions == null || instructions.isNull() ? "" : instructions.asString());
        ArrayNode issues = o.putArray("issues");
        for (Issue issue : d.issues()) {
            ArrayNode values = issues.addObject().put("name", issue.name()).putArray("values");
            for (int v = 0; v < issue.cardinality(); v++) {
                values.add(issue.label(v));
            }
        }
        o.put("confided", s.own() != null);
        o.set("preferences", s.own() != null ? s.own() : request.get("case").get("parties").get(me));
        o.put("rounds", room.rounds()).put("round", Math.min(s.round() + 1, room.rounds()));
        ArrayNode history = o.putArray("history");
        ObjectNode question = null;
        for (int i = 0; i < s.steps().size(); i++) {
            MediationRoom.Step step = s.steps().get(i);
            ObjectNode h = history.addObject().put("step", i + 1).put("kind", step.kind());
            h.set("text", text(d, s.table(), step.text()));
            if (step.current() >= 0) {
                h.set(step.kind().equals("draft") ? "current" : "tentative", text(d, s.table(), step.current()));
            }
            h.put("yourAnswer", step.answers()[me]);
            question = h;
        }
        boolean open = s.phase() == MediationRoom.Phase.TEXTS || s.phase() == MediationRoom.Phase.IMPROVEMENTS;
        o.set("question", open && question != null ? question.deepCopy() : null);
        o.put("yourTurn", "running".equals(status) && (s.phase() == MediationRoom.Phase.CONFIDING ? s.own() == null
                : open && question != null && question.get("yourAnswer").isNull()));
        o.set("tentative", s.tentative() >= 0 ? text(d, s.table(), s.tentative()) : null);
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
            mine.put("reason", r.reason());
        }
        return o;
    }

    /** A text: its labels, and this party's own utility of it and whether its red lines permit it. */
    private static ObjectNode text(Domain d, UtilityTable own, long index) {
        ObjectNode t = Requests.JSON.createObjectNode();
        d.labels(d.outcomeSpace().outcome(index)).forEach(t.putObject("outcome")::put);
        t.put("yourUtility", own.utility(index)).put("withinYourRedLines", own.permits(index));
        return t;
    }

    /** The facilitator's view: where it stands, never a preference or a utility until it is over. */
    static ObjectNode facilitator(MediationRoom room, String status) {
        MediationRoom.Snapshot s = room.snapshot(0);
        ObjectNode o = Requests.JSON.createObjectNode().put("id", room.id()).put("status", status)
                .put("phase", s.phase().name().toLowerCase(java.util.Locale.ROOT))
                .put("mediator", room.request().get("mediator").asString())
                .put("rounds", room.rounds()).put("texts", s.steps().size());
        room.original().partyNames().forEach(o.putArray("parties")::add);
        o.set("result", s.result() == null ? null : s.result().get("result"));
        return o;
    }
}
