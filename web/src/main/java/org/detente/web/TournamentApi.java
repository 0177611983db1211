package org.detente.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import org.detente.model.Domain;
import org.detente.rehearsal.Clock;
import org.detente.rehearsal.Deadline;
import org.detente.rehearsal.LocalExecutor;
import org.detente.rehearsal.Scenario;
import org.detente.rehearsal.SessionSpec;
import org.detente.tournament.RecordJson;
import org.detente.tournament.SessionRecord;
import org.detente.tournament.Totals;
import org.detente.tournament.TournamentPlan;
import org.detente.web.store.Jobs;
import org.detente.web.store.Tournaments;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tournaments: every ordered pairing of the listed agents on each listed case, repeated, run in the
 * background on every core (one tournament at a time, the others wait their turn), each finished
 * session stored as it comes, so progress can be followed and the results reopened. The request:
 * {@code {"cases": [ids], "agents": [...], "repetitions": 1, "rounds": 200, "seed": 1}}.
 */
final class TournamentApi implements AutoCloseable {
    /** The most sessions one tournament may have here; the command line has no such limit. */
    static final int MAX_SESSIONS = 20_000;

    private final Workbench wb;
    private static final Logger LOG = LoggerFactory.getLogger(TournamentApi.class);
    private final ExecutorService runner = Background.queue("detente-tournament");

    TournamentApi(Workbench wb) {
        this.wb = wb;
    }

    void register(RoutesConfig r) {
        r.post("/api/tournaments", this::start);
        r.get("/api/tournaments", this::list);
        r.get("/api/tournaments/{id}", this::get);
    }

    private void start(Context ctx) {
        ObjectNode req = Requests.object(ctx);
        List<String> caseIds = Requests.strings(req, "cases");
        List<String> agents = Requests.strings(req, "agents");
        for (int i = 0; i < agents.size(); i++) {
            if (!wb.agents().contains(agents.get(i))) {
                throw ApiException.badRequest("agents[" + i + "]", "unknown agent '" + agents.get(i)
                        + "'; known agents: " + String.join(", ", wb.agents().names()));
            }
        }
        int repetitions = Requests.integer(req, "repetitions", 1, 1, 1000);
        int rounds = Requests.integer(req, "rounds", 200, 1, RehearsalApi.MAX_ROUNDS);
        long seed = Requests.longValue(req, "seed", 1);
        List<Scenario> scenarios = new ArrayList<>();
        Map<String, Domain> domains = new java.util.HashMap<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < caseIds.size(); i++) {
            Workbench.Loaded c;
            try {
                c = wb.load(caseIds.get(i));
            } catch (ApiException e) {
                throw ApiException.badRequest("cases[" + i + "]", e.getMessage());
            }
            String name = c.model().name();
            for (int k = 2; !names.add(name); k++) {
                name = c.model().name() + " #" + k;
            }
            scenarios.add(Scenario.prepare(name, c.model(), Scenario.DEFAULT_MAX_OUTCOMES));
            domains.put(name, c.model().domain());
        }
        long sessions = TournamentPlan.size(scenarios, agents.size(), repetitions);
        if (sessions > MAX_SESSIONS) {
            throw new ApiException(422, "repetitions", "this tournament would run " + sessions
                    + " sessions; the workbench runs at most " + MAX_SESSIONS + " (use detente tournament for more)");
        }
        List<SessionSpec> plan = TournamentPlan.of(scenarios, agents, repetitions, Deadline.rounds(rounds), seed,
                Duration.ofSeconds(10));
        Request request = new Request(caseIds, agents, repetitions, rounds, seed);
        Tournaments.Row row = wb.store().tournaments().start(Requests.JSON.writeValueAsString(request), plan.size());
        runner.execute(() -> run(row.id(), plan, domains));
        ctx.status(202).json(view(row, false));
    }

    private void run(String id, List<SessionSpec> plan, Map<String, Domain> domains) {
        Tournaments store = wb.store().tournaments();
        AtomicInteger seq = new AtomicInteger();
        try {
            new LocalExecutor(Runtime.getRuntime().availableProcessors(), wb.agents(), Clock.SYSTEM).execute(plan,
                    (spec, result) -> store.addSession(id, seq.incrementAndGet(), spec.id(),
                            RecordJson.line(SessionRecord.of(spec, domains.get(spec.scenario().name()), result))));
            store.stop(id, Jobs.FINISHED, null);
        } catch (InterruptedException e) {
            store.stop(id, Jobs.INTERRUPTED, "the server stopped");
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("detente serve: tournament {} failed", id, e);
            store.stop(id, Jobs.FAILED, e.getMessage());
        }
    }

    private void list(Context ctx) {
        ctx.json(wb.store().tournaments().list().stream().map(row -> view(row, false)).toList());
    }

    private void get(Context ctx) {
        Tournaments.Row row = wb.store().tournaments().get(ctx.pathParam("id"))
                .orElseThrow(() -> ApiException.notFound("no tournament with id '" + ctx.pathParam("id") + "'"));
        ctx.json(view(row, true));
    }

    /** A tournament's request, as stored and answered. */
    record Request(List<String> cases, List<String> agents, int repetitions, int rounds, long seed) {
    }

    /**
     * A tournament: its request and progress; asked for alone, the totals per agent and every
     * session so far.
     *
     * @param finished when it ended (epoch milliseconds), absent while running
     * @param error    why it failed, or absent
     * @param summary  the totals per agent (alone only)
     * @param sessions the sessions' records (alone only)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record View(String id, String status, int total, int done, long created, Long finished, String error,
                JsonNode request, List<AgentTotals> summary, List<JsonNode> sessions) {
    }

    /** One agent's totals (null where no session defines the mean). */
    record AgentTotals(String agent, long seats, Double agreementRate, Double meanUtility, Double meanParetoDistance,
                       Double meanNashDistance, Double meanWelfare, long forfeits) {
        static AgentTotals of(Totals r) {
            return new AgentTotals(r.agent(), r.seats(), finite(r.agreementRate()), finite(r.meanUtility()),
                    finite(r.meanPareto()), finite(r.meanNash()), finite(r.meanWelfare()), r.forfeits());
        }

        private static Double finite(double v) {
            return Double.isFinite(v) ? v : null;
        }
    }

    private View view(Tournaments.Row row, boolean full) {
        JsonNode request = Requests.parse(row.request());
        List<AgentTotals> summary = null;
        List<JsonNode> sessions = null;
        if (full) {
            sessions = new ArrayList<>();
            List<SessionRecord> records = new ArrayList<>();
            for (String s : wb.store().tournaments().sessions(row.id())) {
                JsonNode session = Requests.parse(s);
                sessions.add(session);
                records.add(record(session));
            }
            List<String> agents = new ArrayList<>();
            request.get("agents").forEach(a -> agents.add(a.asString()));
            summary = Totals.of(agents, records).stream().map(AgentTotals::of).toList();
        }
        return new View(row.id(), row.status(), row.total(), row.done(), row.created(),
                row.finished() > 0 ? row.finished() : null, row.error(), request, summary, sessions);
    }

    /**
     * A stored session as a record. Sessions stored before records had a {@code repetition} key lack
     * it; it is the last part of the session's id.
     */
    private static SessionRecord record(JsonNode stored) {
        if (stored.has("repetition") || !stored.isObject() || !stored.path("session").isString()) {
            return RecordJson.read(stored);
        }
        ObjectNode copy = ((ObjectNode) stored).deepCopy();
        String id = stored.get("session").asString();
        copy.put("repetition", Integer.parseInt(id.substring(id.lastIndexOf('/') + 1)));
        return RecordJson.read(copy);
    }

    /** Stops the running tournament (its sessions so far stay stored). */
    @Override
    public void close() {
        Background.stop(runner, "the tournament");
    }
}
