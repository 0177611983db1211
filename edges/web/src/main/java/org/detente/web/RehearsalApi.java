package org.detente.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.detente.model.Domain;
import org.detente.model.NegotiationCase;
import org.detente.rehearsal.Deadline;
import org.detente.rehearsal.Scenario;
import org.detente.rehearsal.SessionOptions;
import org.detente.rehearsal.SessionResult;
import org.detente.rehearsal.SessionSpec;
import org.detente.rehearsal.Sessions;
import org.detente.rehearsal.TracedOffer;
import org.detente.report.SessionJson;
import org.detente.web.store.Rehearsals;
import org.detente.web.store.Store;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rehearsals: one session between two (or more) named agents on a case, with its trace, stored
 * and reopened. The request: {@code {"agents": [...], "rounds": 200, "seed": 1}}; the answer:
 * {@code {"id", "caseId", "request", "result": <negotiate --json object>, "trace": [offers]}}.
 */
final class RehearsalApi {
    static final int MAX_ROUNDS = 10_000;

    private final Workbench wb;

    RehearsalApi(Workbench wb) {
        this.wb = wb;
    }

    void register(RoutesConfig r) {
        r.get("/api/agents", ctx -> ctx.json(List.copyOf(wb.agents().names())));
        r.post("/api/cases/{id}/rehearsals", this::rehearse);
        r.get("/api/cases/{id}/rehearsals", ctx -> list(ctx, wb.load(ctx.pathParam("id")).row().id()));
        r.get("/api/rehearsals", ctx -> list(ctx, null));
        r.get("/api/rehearsals/{id}", ctx -> {
            Rehearsals.Row row = wb.store().rehearsals().get(ctx.pathParam("id"))
                    .orElseThrow(() -> ApiException.notFound("no rehearsal with id '" + ctx.pathParam("id") + "'"));
            AnalysisApi.json(ctx, row.body());
        });
    }

    private void rehearse(Context ctx) {
        Workbench.Loaded c = wb.load(ctx.pathParam("id"));
        ObjectNode req = Requests.object(ctx);
        List<String> agents = Requests.strings(req, "agents");
        int parties = c.model().parties().size();
        if (agents.size() != parties) {
            throw ApiException.badRequest("agents", "the case has " + parties + " parties: name " + parties
                    + " agents, one per party in order (" + agents.size() + " given)");
        }
        for (int i = 0; i < agents.size(); i++) {
            Requests.agent(wb.agents(), "agents[" + i + "]", agents.get(i));
        }
        int rounds = Requests.integer(req, "rounds", 200, 1, MAX_ROUNDS);
        long seed = Requests.longValue(req, "seed", 1);
        Scenario s = wb.scenario(c);
        SessionSpec spec = new SessionSpec("rehearsal", s, agents, Deadline.rounds(rounds), seed, Duration.ZERO);
        SessionResult result = Sessions.run(spec, wb.agents(), SessionOptions.defaults().withTrace(true));
        Request request = new Request(agents, rounds, seed);
        Session session = session(c.model(), result);
        String id = Store.newId();
        String text = Requests.JSON.writeValueAsString(new Rehearsal(session.result(), session.trace(), id,
                c.row().id(), c.model().name(), request));
        wb.store().rehearsals().save(id, c.row().id(), c.row().revision(), Requests.JSON.writeValueAsString(request),
                text);
        ctx.status(201);
        AnalysisApi.json(ctx, text);
    }

    /** A rehearsal's request, as stored and answered. */
    record Request(List<String> agents, int rounds, long seed) {
    }

    /**
     * A session with its trace.
     *
     * @param result the {@code negotiate --json} object
     * @param trace  every offer, each naming the parties whose red line it crosses
     *               ({@code "crossesRedLineOf": [names]}, empty when none)
     */
    record Session(JsonNode result, List<JsonNode> trace) {
    }

    /** A rehearsal, as stored and answered: the session, its id, its case and its request. */
    record Rehearsal(JsonNode result, List<JsonNode> trace, String id, String caseId, String caseName, Request request) {
    }

    /** A stored rehearsal, without its session. */
    record Summary(String id, String caseId, int caseRevision, long created, JsonNode request) {
    }

    /** A session result with its trace. */
    static Session session(NegotiationCase c, SessionResult result) {
        Domain domain = c.domain();
        List<JsonNode> trace = new ArrayList<>();
        for (TracedOffer t : result.trace()) {
            // the command line's offer object, and whose red lines it crosses
            ObjectNode o = SessionJson.offer(domain, c.partyNames(), result, t);
            int[] values = domain.outcomeSpace().outcome(t.outcome()).toArray();
            var crossed = o.putArray("crossesRedLineOf");
            c.parties().stream().filter(p -> !p.preferences().allows(values)).forEach(p -> crossed.add(p.name()));
            trace.add(o);
        }
        return new Session(SessionJson.result(domain, c.partyNames(), result), trace);
    }

    private void list(Context ctx, String caseId) {
        ctx.json(wb.store().rehearsals().list(caseId).stream().map(row -> new Summary(row.id(), row.caseId(),
                row.caseRevision(), row.created(), Requests.parse(row.request()))).toList());
    }
}
