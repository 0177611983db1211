package org.detente.report;

import java.util.List;

import org.detente.model.Domain;
import org.detente.rehearsal.Ending;
import org.detente.rehearsal.SessionResult;
import org.detente.rehearsal.TracedOffer;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A session as JSON, for {@code negotiate --json}, the trace file and a tournament's
 * {@code sessions.jsonl}. Keys: {@code agreement} (bool), {@code outcome} (issue → value, or null),
 * {@code outcomeIndex}, {@code utilities} (what each party got, discounted), {@code rawUtilities},
 * {@code rounds}, {@code offers} (how many were made), {@code time}, {@code endedBy}
 * ({@code agreement}, {@code deadline}, {@code walk-away} or {@code forfeit}), {@code endedByParty}
 * (party name or null), {@code reason}, {@code paretoDistance}, {@code nashDistance}, {@code welfare}
 * (null where undefined), {@code mediator} (its name in a single-text session, null under alternating
 * offers). In a trace, a text the mediator proposed has {@code party} {@code "mediator"} and
 * {@code agent} the mediator's name.
 */
public final class SessionJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private SessionJson() {
    }

    public static ObjectNode result(Domain domain, List<String> parties, SessionResult r) {
        ObjectNode o = F.objectNode();
        o.put("agreement", r.agreement());
        if (r.outcome() == null) {
            o.putNull("outcome");
        } else {
            ObjectNode out = o.putObject("outcome");
            domain.labels(r.outcome()).forEach(out::put);
        }
        o.put("outcomeIndex", r.outcomeIndex());
        ArrayNode agents = o.putArray("agents");
        r.agents().forEach(agents::add);
        ArrayNode ps = o.putArray("parties");
        parties.forEach(ps::add);
        numbers(o.putArray("utilities"), r.utilities());
        numbers(o.putArray("rawUtilities"), r.rawUtilities());
        o.put("rounds", r.rounds());
        o.put("offers", r.offers());
        number(o, "time", r.time());
        o.put("endedBy", r.ending().label());
        if (r.endedBy() >= 0) {
            o.put("endedByParty", parties.get(r.endedBy()));
        } else {
            o.putNull("endedByParty");
        }
        o.put("reason", r.reason());
        number(o, "paretoDistance", r.paretoDistance());
        number(o, "nashDistance", r.nashDistance());
        number(o, "welfare", r.welfare());
        if (r.mediator().isEmpty()) {
            o.putNull("mediator");
        } else {
            o.put("mediator", r.mediator());
        }
        return o;
    }

    public static ObjectNode offer(Domain domain, List<String> parties, SessionResult r, TracedOffer t) {
        ObjectNode o = F.objectNode();
        o.put("round", t.round());
        o.put("party", t.party() < 0 ? "mediator" : parties.get(t.party()));
        o.put("agent", t.party() < 0 ? r.mediator() : r.agents().get(t.party()));
        o.put("outcomeIndex", t.outcome());
        ObjectNode out = o.putObject("outcome");
        domain.labels(domain.outcomeSpace().outcome(t.outcome())).forEach(out::put);
        number(o, "time", t.time());
        numbers(o.putArray("utilities"), t.utilities());
        return o;
    }

    public static void number(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }

    private static void numbers(ArrayNode a, List<Double> values) {
        for (double v : values) {
            if (Double.isFinite(v)) {
                a.add(v);
            } else {
                a.addNull();
            }
        }
    }

    /** Whether the ending names a party. */
    public static boolean namesParty(Ending e) {
        return e == Ending.WALK_AWAY || e == Ending.FORFEIT;
    }
}
