package org.detente.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

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

    /**
     * What a person sees through their link.
     *
     * @param id           the play's id
     * @param status       running, finished or interrupted
     * @param you          their seat
     * @param parties      every seat: its party and whether a person or an agent sits there
     * @param c            the case's name and description
     * @param instructions their confidential instructions, or ""
     * @param issues       the issues and their values
     * @param preferences  their own preferences, as in the case file
     * @param best         their best package within their red lines ({issue: value})
     * @param rounds       the deadline in rounds
     * @param round        the current round, from 1
     * @param yourTurn     whether the table waits for them
     * @param history      every action so far, offers with their own utility
     * @param standing     the last offer, or null
     * @param result       once over, the outcome and their utility of it; absent before
     */
    record Player(String id, String status, You you, List<Seat> parties, @JsonProperty("case") CaseName c,
                  String instructions, List<IssueValues> issues, JsonNode preferences, Map<String, String> best,
                  int rounds, int round, boolean yourTurn, List<Move> history, Move standing,
                  @JsonInclude(JsonInclude.Include.NON_NULL) Result result) {
    }

    /** A person's own seat. */
    record You(int party, String name) {
    }

    /** A seat: its party and who sits there ({@code person} or {@code agent}). */
    record Seat(String name, String kind) {
    }

    /** The case, as a person is told it. */
    record CaseName(String name, String description) {
    }

    /** An issue and its values, in order. */
    record IssueValues(String name, List<String> values) {
    }

    /**
     * One action at the table; an offer with the package, its utility to the person and whether
     * their red lines allow it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Move(int round, String party, String action, Map<String, String> outcome, Double yourUtility,
                Boolean withinYourRedLines) {
    }

    /** How the session ended, for one person: the outcome, their utility of it (null if not finite), and who ended it. */
    record Result(boolean agreement, Map<String, String> outcome, Double yourUtility, String endedBy,
                  String endedByParty, String reason) {
    }

    static Player player(Play play, int me) {
        NegotiationCase c = play.c();
        Domain d = c.domain();
        List<Seat> parties = new ArrayList<>();
        JsonNode seats = play.request().get("seats");
        for (int p = 0; p < c.parties().size(); p++) {
            parties.add(new Seat(c.party(p).name(), seats.get(p).has("agent") ? "agent" : "person"));
        }
        JsonNode instructions = seats.get(me).get("instructions");
        List<IssueValues> issues = new ArrayList<>();
        for (Issue issue : d.issues()) {
            List<String> values = new ArrayList<>();
            for (int v = 0; v < issue.cardinality(); v++) {
                values.add(issue.label(v));
            }
            issues.add(new IssueValues(issue.name(), values));
        }
        int rounds = play.request().get("rounds").asInt();
        PlayRoom.Snapshot s = play.room();
        List<Move> history = new ArrayList<>();
        Move standing = null;
        for (PlayRoom.Entry e : s.log()) {
            String party = c.party(e.party()).name();
            if (e.outcome() >= 0) {
                Outcome out = d.outcomeSpace().outcome(e.outcome());
                standing = new Move(e.round() + 1, party, e.action().word(), d.labels(out), c.party(me).utility(out.toArray()),
                        c.party(me).preferences().allows(out.toArray()));
                history.add(standing);
            } else {
                history.add(new Move(e.round() + 1, party, e.action().word(), null, null, null));
            }
        }
        Result mine = null;
        if (s.result() != null) {
            SessionRecord.Result r = RecordJson.readResult(s.result().get("result"));
            double u = r.utilities().get(me);
            mine = new Result(r.agreement(), r.outcome(), Double.isFinite(u) ? u : null, r.endedBy().label(),
                    r.endedByParty(), r.reason());
        }
        return new Player(play.id(), play.status(), new You(me, c.party(me).name()), parties,
                new CaseName(c.name(), c.description()), instructions == null ? "" : instructions.asString(), issues,
                play.request().get("case").get("parties").get(me), d.labels(new Outcome(OwnBest.of(c.party(me), d))),
                rounds, s.round() + 1, s.turn() == me && s.result() == null && "running".equals(play.status()),
                history, standing, mine);
    }

    /**
     * The debrief: the whole picture, shown to each side once it is over.
     *
     * @param id        the play's id
     * @param you       the person's party index
     * @param result    the {@code negotiate --json} object
     * @param trace     every offer
     * @param analysis  the {@code analyze --json} object
     * @param valueLeft what the agreement left on the table, or null without one
     */
    record Debrief(String id, int you, JsonNode result, JsonNode trace, JsonNode analysis, JsonNode valueLeft) {
    }

    /** The debrief: the whole analysis, the agreement, and what it left on the table. */
    static Debrief debrief(Play play, int me) {
        if (play.room().result() == null) {
            throw new ApiException(409, "", "the debrief opens when the session is over");
        }
        NegotiationCase c = play.c();
        Analysis a = Analyzer.analyze(c, AnalysisOptions.defaults());
        JsonNode result = play.room().result();
        long index = RecordJson.readResult(result.get("result")).outcomeIndex();
        JsonNode valueLeft = null;
        if (index >= 0) {
            Outcome out = c.domain().outcomeSpace().outcome(index);
            valueLeft = AnalysisJson.valueLeft(c.domain(), Analyzer.valueLeft(c, a, out));
        }
        return new Debrief(play.id(), me, result.get("result"), result.get("trace"), AnalysisJson.tree(c, a), valueLeft);
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
        List<String> out = new ArrayList<>();
        request.get("seats").forEach(s -> out.add(s.has("agent") ? s.get("agent").asString() : PlayRoom.PERSON));
        return out;
    }
}
