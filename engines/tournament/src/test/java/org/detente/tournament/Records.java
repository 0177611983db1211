package org.detente.tournament;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.detente.rehearsal.Ending;

/** Session records written by hand, for the tests of this module. */
final class Records {
    private Records() {
    }

    /** A two-party session between {@code a} (party P) and {@code b} (party Q). */
    static SessionRecord session(String id, String a, String b, boolean agreed, double ua, double ub, Ending ending,
                                 String endedByParty) {
        Map<String, String> outcome = new LinkedHashMap<>();
        outcome.put("price", "high");
        outcome.put("term", "2 years");
        return new SessionRecord(id, "lease", 1, 42, new SessionRecord.Result(agreed, agreed ? outcome : null,
                agreed ? 7 : -1, List.of(a, b), List.of("P", "Q"), List.of(ua, ub), List.of(ua, ub), 12, 23, 0.25,
                ending, endedByParty, ending == Ending.FORFEIT ? "threw" : "", agreed ? 0.1 : Double.NaN,
                agreed ? 0.2 : Double.NaN, ua + ub, null));
    }

    /** The same session as a single-text one under {@code mediator}. */
    static SessionRecord mediated(SessionRecord r, String mediator) {
        SessionRecord.Result x = r.result();
        return new SessionRecord(r.session(), r.scenario(), r.repetition(), r.seed(), new SessionRecord.Result(
                x.agreement(), x.outcome(), x.outcomeIndex(), x.agents(), x.parties(), x.utilities(), x.rawUtilities(),
                x.rounds(), x.offers(), x.time(), x.endedBy(), x.endedByParty(), x.reason(), x.paretoDistance(),
                x.nashDistance(), x.welfare(), mediator));
    }

    /** An agreement between {@code a} and {@code b}. */
    static SessionRecord agreed(String a, String b, double ua, double ub) {
        return session("lease/" + a + "+" + b + "/1", a, b, true, ua, ub, Ending.AGREEMENT, null);
    }
}
