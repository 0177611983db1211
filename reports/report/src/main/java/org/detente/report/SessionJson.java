package org.detente.report;

import java.util.List;

import org.detente.model.Domain;
import org.detente.rehearsal.Ending;
import org.detente.rehearsal.SessionResult;
import org.detente.rehearsal.TracedOffer;
import org.detente.tournament.RecordJson;
import org.detente.tournament.SessionRecord;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A session as JSON, for {@code negotiate --json}, the trace file and the web: the result's keys are
 * those of a tournament's {@code sessions.jsonl} (defined once, by the tournament module's
 * {@code RecordKey}). Keys: {@code agreement} (bool), {@code outcome} (issue → value, or null),
 * {@code outcomeIndex}, {@code utilities} (what each party got, discounted), {@code rawUtilities},
 * {@code rounds}, {@code offers} (how many were made), {@code time}, {@code endedBy}
 * ({@code agreement}, {@code deadline}, {@code walk-away} or {@code forfeit}), {@code endedByParty}
 * (party name or null), {@code reason}, {@code paretoDistance}, {@code nashDistance}, {@code welfare}
 * (null where undefined). In a trace, a text a mediator proposed has {@code party} {@code "mediator"}
 * and {@code agent} the mediator's name.
 */
public final class SessionJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private SessionJson() {
    }

    /** A session's result: the keys of {@link RecordJson#tree(SessionRecord.Result)}. */
    public static ObjectNode result(Domain domain, List<String> parties, SessionResult r) {
        return RecordJson.tree(SessionRecord.Result.of(domain, parties, r));
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

    /** Puts a number, or null if it is not finite. */
    static void number(ObjectNode o, String key, double v) {
        RecordJson.number(o, key, v);
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
