package org.detente.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.detente.formats.InputException;
import org.detente.formats.casefile.CaseFiles;
import org.detente.formats.casefile.Format;
import org.detente.model.NegotiationCase;
import org.detente.model.OutcomeSpace;
import org.detente.rehearsal.Ending;
import org.detente.rehearsal.Scenario;
import org.detente.rehearsal.Seeds;
import org.detente.rehearsal.SessionResult;
import org.detente.rehearsal.TracedOffer;
import org.detente.rehearsal.UtilityTable;
import org.detente.rehearsal.mediation.Answer;
import org.detente.rehearsal.mediation.Mediator;
import org.detente.rehearsal.mediation.MediatorSeat;
import org.detente.rehearsal.mediation.Mediators;
import org.detente.rehearsal.mediation.PostSettlement;
import org.detente.rehearsal.mediation.Question;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One mediated session between people: the single-text protocol of the rehearsal engine, driven by
 * the people's answers instead of a loop. Each person first confides their preferences (or confirms
 * the case's profile of them) to the mediator; the mediator then puts texts — drafts to compare with
 * the current text, ballots to sign — and moves the text on everyone's answers. Once every party
 * signs a text, it is their tentative agreement, and the mediator offers post-settlement
 * improvements ({@link PostSettlement}) computed from the confided preferences, each a package
 * better for everyone; all accept it or it is dropped. After {@value #DECLINES} declined
 * improvements in a row, or when none is left, the tentative agreement is final.
 *
 * <p>Confidentiality: the mediator proper ({@link Mediator}) sees only answers; the confided
 * preferences are used for the improvements alone, and nothing this room answers to one person
 * holds another's preferences, utilities or answers ({@link MediationViews}). All of its state is
 * under the room's lock.
 */
final class MediationRoom {
    /** Declined improvements in a row after which the tentative agreement is final. */
    static final int DECLINES = 3;

    /** Where the session stands: a closed set. */
    enum Phase {
        /** Waiting for every person to confide. */
        CONFIDING,
        /** The mediator puts texts. */
        TEXTS,
        /** A tentative agreement is held; improvements are offered. */
        IMPROVEMENTS,
        /** Over: agreement or deadline. */
        OVER
    }

    /**
     * One question put to everyone and their answers.
     *
     * @param kind    {@code draft}, {@code ballot} or {@code improvement}
     * @param text    the text's outcome index
     * @param current for a draft, the current text it is compared with; else -1
     * @param answers each party's answer, lower case ({@code better}, {@code accept}, …), null until given
     */
    record Step(String kind, long text, long current, String[] answers) {
    }

    private final String id;
    private final NegotiationCase original;
    private final JsonNode request;
    private final int rounds;
    private final String mediatorName;
    private final int n;
    private final JsonNode[] confided;
    private final List<Step> log = new ArrayList<>();
    private final Set<Long> declined = new HashSet<>();
    private Phase phase = Phase.CONFIDING;
    private NegotiationCase confidedCase;
    private Scenario scenario;
    private Mediator mediator;
    private MediatorSeat seat;
    private Question question;
    private int round;
    private long tentative = -1;
    private int declinedInARow;
    private ObjectNode result;
    private long lastActivity = System.nanoTime();
    private boolean expired;

    /**
     * A new room.
     *
     * @param id       the session's id
     * @param c        the case as stored
     * @param request  the request (case JSON, rounds, seed, mediator, instructions)
     */
    MediationRoom(String id, NegotiationCase c, JsonNode request) {
        this.id = id;
        this.original = c;
        this.request = request;
        this.rounds = request.get("rounds").asInt();
        this.mediatorName = request.get("mediator").asString();
        this.n = c.parties().size();
        this.confided = new JsonNode[n];
    }

    /**
     * A session as the store keeps it, over: rebuilt from its session JSON (null for a session that
     * was interrupted before it ended), for the views and the debrief.
     */
    static MediationRoom restore(String id, NegotiationCase c, JsonNode request, JsonNode result, boolean expired) {
        MediationRoom room = new MediationRoom(id, c, request);
        room.phase = Phase.OVER;
        room.expired = expired;
        if (result == null) {
            return room;
        }
        for (int p = 0; p < room.n; p++) {
            room.confided[p] = result.get("confided").get(p);
        }
        room.confidedCase = confidedCase(request.get("case"), room.confided);
        room.scenario = Scenario.prepare(c.name(), room.confidedCase, Scenario.DEFAULT_MAX_OUTCOMES);
        for (JsonNode s : result.get("steps")) {
            String[] answers = new String[room.n];
            for (int p = 0; p < room.n; p++) {
                JsonNode a = s.get("answers").get(p);
                answers[p] = a == null || a.isNull() ? null : a.asString();
            }
            room.log.add(new Step(s.get("kind").asString(), s.get("text").asLong(), s.get("current").asLong(), answers));
        }
        room.tentative = result.get("result").get("outcomeIndex").asLong();
        room.round = result.get("result").get("rounds").asInt() - 1;
        room.result = (ObjectNode) result;
        return room;
    }

    String id() {
        return id;
    }

    JsonNode request() {
        return request;
    }

    NegotiationCase original() {
        return original;
    }

    int parties() {
        return n;
    }

    int rounds() {
        return rounds;
    }

    synchronized Phase phase() {
        return phase;
    }

    /** Whether it was closed for being idle. */
    synchronized boolean expired() {
        return expired;
    }

    /**
     * Closes the session if no one has confided or answered for {@code idleNanos}: it is over, without
     * a result, and every later answer is refused.
     *
     * @return whether it closed it now
     */
    synchronized boolean expireIfIdle(long idleNanos) {
        if (phase == Phase.OVER || System.nanoTime() - lastActivity < idleNanos) {
            return false;
        }
        phase = Phase.OVER;
        expired = true;
        return true;
    }

    /**
     * Party {@code p} confides its preferences: its party entry in the case file's JSON form (the
     * name is kept), or null to confirm the case's profile of it. When the last person has confided,
     * the mediator puts its first text.
     *
     * @throws ApiException 409 if it has confided already, 400 if the preferences do not read
     */
    synchronized void confide(int p, JsonNode party) {
        if (phase == Phase.OVER) {
            throw new ApiException(409, "", "the session is over");
        }
        lastActivity = System.nanoTime();
        if (phase != Phase.CONFIDING || confided[p] != null) {
            throw new ApiException(409, "", "you have confided your preferences already");
        }
        ObjectNode entry = (ObjectNode) (party == null ? request.get("case").get("parties").get(p) : party).deepCopy();
        entry.put("name", original.party(p).name());
        ObjectNode trial = (ObjectNode) request.get("case").deepCopy();
        ((ArrayNode) trial.get("parties")).set(p, entry);
        try {
            NegotiationCase read = CaseFiles.read("your preferences", trial.toString(), Format.JSON);
            UtilityTable.of(read.party(p).preferences(), Scenario.DEFAULT_MAX_OUTCOMES);
        } catch (InputException | IllegalArgumentException e) {
            throw ApiException.badRequest("party", e.getMessage());
        }
        confided[p] = entry;
        for (JsonNode c : confided) {
            if (c == null) {
                return;
            }
        }
        begin();
    }

    /** Every party has confided: prepares their tables and puts the first text. */
    private void begin() {
        confidedCase = confidedCase(request.get("case"), confided);
        scenario = Scenario.prepare(original.name(), confidedCase, Scenario.DEFAULT_MAX_OUTCOMES);
        OutcomeSpace space = scenario.table(0).space();
        long seed = request.get("seed").asLong();
        mediator = Mediators.create(mediatorName, space, n, new SplittableRandom(Seeds.party(seed, n)));
        seat = new MediatorSeat(n, space);
        phase = Phase.TEXTS;
        ask(null);
    }

    /** The case with every party's confided entry. */
    static NegotiationCase confidedCase(JsonNode caseJson, JsonNode[] parties) {
        ObjectNode c = (ObjectNode) caseJson.deepCopy();
        for (int p = 0; p < parties.length; p++) {
            ((ArrayNode) c.get("parties")).set(p, parties[p]);
        }
        try {
            return CaseFiles.read("the confided case", c.toString(), Format.JSON);
        } catch (InputException e) {
            throw new IllegalStateException("the confided preferences no longer read: " + e.getMessage(), e);
        }
    }

    /** Puts the mediator's next text, having heard {@code last}'s answers (null at the start). */
    private void ask(Step last) {
        Answer[] answers = new Answer[n];
        if (last != null) {
            for (int p = 0; p < n; p++) {
                answers[p] = answer(last.answers()[p]);
            }
        }
        Question q;
        try {
            q = mediator.next(seat.at(round, (double) round / rounds, round == rounds - 1, question, answers));
        } catch (RuntimeException e) {
            end(Ending.FORFEIT, -1, "the mediator threw " + e);
            return;
        }
        long size = scenario.table(0).space().longSize();
        if (q == null || q.text() < 0 || q.text() >= size
                || q instanceof Question.Draft d && (d.current() < 0 || d.current() >= size)) {
            end(Ending.FORFEIT, -1, "the mediator asked " + q + ", outside the outcome space");
            return;
        }
        question = q;
        log.add(q instanceof Question.Draft d ? new Step("draft", d.text(), d.current(), new String[n])
                : new Step("ballot", q.text(), -1, new String[n]));
    }

    private static Answer answer(String word) {
        return switch (word) {
            case "better" -> Answer.Comparison.BETTER;
            case "same" -> Answer.Comparison.SAME;
            case "worse" -> Answer.Comparison.WORSE;
            case "accept" -> Answer.Vote.ACCEPT;
            case "reject" -> Answer.Vote.REJECT;
            default -> throw new AssertionError(word);
        };
    }

    /**
     * Party {@code p} answers the question before it.
     *
     * @throws ApiException 409 if there is nothing to answer or it has answered; 400 for an answer
     *                      of the wrong kind, or a signature on a text its own red lines refuse
     */
    synchronized void answer(int p, String word) {
        if (phase == Phase.CONFIDING) {
            throw new ApiException(409, "", "the mediator puts its first text once everyone has confided");
        }
        if (phase == Phase.OVER) {
            throw new ApiException(409, "", "the session is over");
        }
        lastActivity = System.nanoTime();
        Step step = log.get(log.size() - 1);
        if (step.answers()[p] != null) {
            throw new ApiException(409, "", "you have answered this text; waiting for the others");
        }
        List<String> allowed = step.kind().equals("draft") ? List.of("better", "same", "worse") : List.of("accept", "reject");
        if (!allowed.contains(word)) {
            throw ApiException.badRequest("answer", "answer this " + step.kind() + " with one of " + String.join(", ", allowed));
        }
        if (word.equals("accept") && !scenario.table(p).permits(step.text())) {
            throw ApiException.badRequest("answer", "this text crosses your red lines: you cannot sign it");
        }
        step.answers()[p] = word;
        for (String a : step.answers()) {
            if (a == null) {
                return;
            }
        }
        boolean all = true;
        for (String a : step.answers()) {
            all &= a.equals("accept");
        }
        if (phase == Phase.IMPROVEMENTS) {
            if (all) {
                tentative = step.text();
                declinedInARow = 0;
            } else {
                declined.add(step.text());
                declinedInARow++;
            }
            improve();
        } else if (step.kind().equals("ballot") && all) {
            tentative = step.text();
            phase = Phase.IMPROVEMENTS;
            improve();
        } else if (++round >= rounds) {
            end(Ending.DEADLINE, -1, "");
        } else {
            ask(step);
        }
    }

    /** Offers the next improvement on the tentative agreement, or makes it final. */
    private void improve() {
        List<UtilityTable> tables = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            tables.add(scenario.table(p));
        }
        long next = declinedInARow >= DECLINES ? -1 : PostSettlement.improvement(tables, tentative, declined::contains);
        if (next < 0) {
            end(Ending.AGREEMENT, tentative, "");
        } else {
            log.add(new Step("improvement", next, tentative, new String[n]));
        }
    }

    private void end(Ending ending, long agreed, String reason) {
        phase = Phase.OVER;
        List<TracedOffer> trace = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            List<Double> us = new ArrayList<>(n);
            for (int p = 0; p < n; p++) {
                us.add(scenario.table(p).utility(log.get(i).text()));
            }
            trace.add(new TracedOffer(i, -1, log.get(i).text(), Math.min(1, (double) round / rounds), us));
        }
        SessionResult r = SessionResult.settle(scenario, List.of(kinds()), mediatorName, agreed, ending, -1, reason,
                ending == Ending.DEADLINE ? 1 : Math.min(1, (double) round / rounds), Math.min(round + 1, rounds),
                log.size(), trace);
        ObjectNode json = Requests.JSON.valueToTree(RehearsalApi.session(confidedCase, r));
        ArrayNode parties = json.putArray("confided");
        for (JsonNode c : confided) {
            parties.add(c);
        }
        json.set("steps", steps());
        result = json;
    }

    private String[] kinds() {
        String[] k = new String[n];
        java.util.Arrays.fill(k, "person");
        return k;
    }

    private ArrayNode steps() {
        ArrayNode out = Requests.JSON.createArrayNode();
        for (Step s : log) {
            ObjectNode o = out.addObject().put("kind", s.kind()).put("text", s.text()).put("current", s.current());
            ArrayNode a = o.putArray("answers");
            for (String w : s.answers()) {
                a.add(w);
            }
        }
        return out;
    }

    /**
     * What the views read at one moment: copies, safe to use outside the lock.
     *
     * @param phase        where it stands
     * @param confided     which parties have confided
     * @param own          party {@code me}'s confided entry, or null
     * @param table        party {@code me}'s utilities once everyone has confided, else null
     * @param steps        every question so far, with party {@code me}'s answer only
     * @param round        the current text round, 0-based
     * @param tentative    the tentative (or final) agreement, or -1
     * @param result       the session JSON once over, or null
     */
    record Snapshot(Phase phase, boolean[] confided, JsonNode own, UtilityTable table, List<Step> steps, int round,
                    long tentative, ObjectNode result) {
    }

    /** The state as party {@code me} may see it: its own answers only. */
    synchronized Snapshot snapshot(int me) {
        boolean[] done = new boolean[n];
        for (int p = 0; p < n; p++) {
            done[p] = confided[p] != null;
        }
        List<Step> mine = new ArrayList<>(log.size());
        for (Step s : log) {
            String[] a = new String[n];
            a[me] = s.answers()[me];
            mine.add(new Step(s.kind(), s.text(), s.current(), a));
        }
        return new Snapshot(phase, done, confided[me], scenario == null ? null : scenario.table(me), mine, round,
                tentative, result);
    }

    /** The session JSON once it is over (for the store and the debrief), or null. */
    synchronized ObjectNode result() {
        return result;
    }
}
