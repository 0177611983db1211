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
 * {@code {"cases": [ids], "agents": [...], "repetitions": 1, "rounds": 200, "seed": 1}}. A tournament
 * is leased to the server that runs it (see {@link Jobs}); one interrupted — its server stopped, or
 * died and its lease expired — is taken up again by {@code POST /api/tournaments/{id}/resume}.
 */
final class TournamentApi implements AutoCloseable {
    /** The most sessions one tournament may have here; the command line has no such limit. */
    static final int MAX_SESSIONS = 20_000;
    /** How many tournaments' totals are kept between polls. */
    static final int SUMMARIES = 16;

    private final Workbench wb;
    private static final Logger LOG = LoggerFactory.getLogger(TournamentApi.class);
    private final ExecutorService runner = Background.queue("detente-tournament");
    /** Tournaments waiting for their turn, by id: a stop records them as interrupted. */
    private final Set<String> queued = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Summaries summaries = new Summaries();

    TournamentApi(Workbench wb) {
        this.wb = wb;
    }

    void register(RoutesConfig r) {
        r.post("/api/tournaments", this::start);
        r.get("/api/tournaments", this::list);
        r.get("/api/tournaments/{id}", this::get);
        r.post("/api/tournaments/{id}/resume", this::resume);
    }

    /** A tournament's sessions, each scenario's domain (for the records), and the request as stored. */
    private record Planned(List<SessionSpec> plan, Map<String, Domain> domains, Request request) {
    }

    /**
     * The plan of a request: the one given to start a tournament, or the one stored, to resume it —
     * then each case must still be at the revision the tournament began with.
     */
    private Planned plan(JsonNode req, boolean resuming) {
        List<String> caseIds = Requests.strings(req, "cases");
        List<String> agents = Requests.strings(req, "agents");
        for (int i = 0; i < agents.size(); i++) {
            Requests.agent(wb.agents(), "agents[" + i + "]", agents.get(i));
        }
        int repetitions = Requests.integer(req, "repetitions", 1, 1, 1000);
        int rounds = Requests.integer(req, "rounds", 200, 1, RehearsalApi.MAX_ROUNDS);
        long seed = Requests.longValue(req, "seed", 1);
        List<Scenario> scenarios = new ArrayList<>();
        Map<String, Domain> domains = new java.util.HashMap<>();
        Set<String> names = new HashSet<>();
        List<Integer> revisions = new ArrayList<>();
        for (int i = 0; i < caseIds.size(); i++) {
            Workbench.Loaded c;
            try {
                c = wb.load(caseIds.get(i));
            } catch (ApiException e) {
                throw ApiException.badRequest("cases[" + i + "]", e.getMessage());
            }
            if (resuming && c.row().revision() != req.path("revisions").path(i).asInt(-1)) {
                throw new ApiException(409, "cases[" + i + "]", "case '" + caseIds.get(i) + "' has changed since the"
                        + " tournament began (now at revision " + c.row().revision() + "): its results would mix two"
                        + " versions; start a new tournament");
            }
            revisions.add(c.row().revision());
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
        return new Planned(plan, domains, new Request(caseIds, revisions, agents, repetitions, rounds, seed));
    }

    private void start(Context ctx) {
        Planned p = plan(Requests.object(ctx), false);
        Tournaments.Row row = wb.store().tournaments().start(Requests.JSON.writeValueAsString(p.request()),
                p.plan().size());
        queue(row.id(), () -> run(row.id(), p.plan(), p.domains(), 0));
        ctx.status(202).json(view(row));
    }

    /**
     * Takes up an interrupted tournament (its server stopped, or is gone and its lease expired): the
     * sessions not stored yet run, with the same seeds, so the results are those of a run never
     * interrupted. Refused (409) while it runs, once finished, or if a case has changed since.
     */
    private void resume(Context ctx) {
        String id = ctx.pathParam("id");
        Tournaments store = wb.store().tournaments();
        Tournaments.Row row = store.get(id).orElseThrow(() -> ApiException.notFound("no tournament with id '" + id + "'"));
        JsonNode request = Requests.parse(row.request());
        if (!request.has("revisions")) {
            throw new ApiException(409, "id", "tournament " + id + " was started before tournaments could be resumed"
                    + " (it does not record its cases' revisions); start a new one");
        }
        Planned p = plan(request, true);
        Tournaments.Row taken = store.resume(id).orElseThrow(() -> new ApiException(409, "id", "tournament " + id
                + " is " + row.status() + (Jobs.RUNNING.equals(row.status()) ? " (on a server whose lease has not expired)"
                : "") + "; only an interrupted tournament can be resumed"));
        Set<String> stored = new HashSet<>(store.sessionIds(id));
        List<SessionSpec> todo = p.plan().stream().filter(s -> !stored.contains(s.id())).toList();
        int seq = store.lastSeq(id);
        LOG.info("detente serve: resuming tournament {}: {} of {} sessions already stored", id, stored.size(), p.plan().size());
        queue(id, () -> run(id, todo, p.domains(), seq));
        ctx.status(202).json(view(taken));
    }

    private void queue(String id, Runnable run) {
        queued.add(id);
        runner.execute(() -> {
            if (queued.remove(id)) {
                run.run();
            }
        });
    }

    private void run(String id, List<SessionSpec> plan, Map<String, Domain> domains, int seqBefore) {
        Tournaments store = wb.store().tournaments();
        AtomicInteger seq = new AtomicInteger(seqBefore);
        LocalExecutor executor = new LocalExecutor(Runtime.getRuntime().availableProcessors(), wb.agents(), Clock.SYSTEM);
        try {
            executor.execute(plan, (spec, result) -> store.addSession(id, seq.incrementAndGet(), spec.id(),
                    RecordJson.line(SessionRecord.of(spec, domains.get(spec.scenario().name()), result))));
            store.stop(id, Jobs.FINISHED, null);
        } catch (InterruptedException e) {
            store.stop(id, Jobs.INTERRUPTED, "the server stopped");
            Thread.currentThread().interrupt();
        } catch (org.detente.rehearsal.EngineFailure e) {
            if (e.getCause() instanceof Tournaments.LeaseLost lost) {
                LOG.warn("detente serve: {}; this server stops running it", lost.getMessage());
            } else {
                LOG.error("detente serve: tournament {} failed", id, e);
                store.stop(id, Jobs.FAILED, e.getMessage());
            }
        } catch (RuntimeException e) {
            LOG.error("detente serve: tournament {} failed", id, e);
            store.stop(id, Jobs.FAILED, e.getMessage());
        }
        for (var a : executor.abandoned()) {
            LOG.warn("detente serve: tournament {}: {}; an agent in this JVM cannot be stopped by force", id, a.describe());
        }
    }

    private void list(Context ctx) {
        ctx.json(wb.store().tournaments().list().stream().map(this::view).toList());
    }

    /** One tournament: with every session so far, unless asked {@code ?sessions=false} (the page's poll). */
    private void get(Context ctx) {
        String asked = ctx.queryParam("sessions");
        if (asked != null && !asked.equals("true") && !asked.equals("false")) {
            throw ApiException.badRequest("sessions", "must be true or false, not '" + asked + "'");
        }
        Tournaments.Row row = wb.store().tournaments().get(ctx.pathParam("id"))
                .orElseThrow(() -> ApiException.notFound("no tournament with id '" + ctx.pathParam("id") + "'"));
        Summed cached = summaries.get(row.id(), row.done());
        if (cached != null && "false".equals(asked)) {
            ctx.json(view(row, cached.totals(), null));
            return;
        }
        List<JsonNode> sessions = new ArrayList<>();
        for (String s : wb.store().tournaments().sessions(row.id())) {
            sessions.add(Requests.parse(s));
        }
        // more may have finished since the row was read: the totals are those of the sessions read
        Summed summed = summaries.get(row.id(), sessions.size());
        if (summed == null) {
            summed = sum(Requests.parse(row.request()), sessions);
            summaries.put(row.id(), summed);
        }
        ctx.json(view(row, summed.totals(), "false".equals(asked) ? null : sessions));
    }

    /**
     * A tournament's request, as stored and answered, with the revision of each case it began with
     * (what a resume checks).
     */
    record Request(List<String> cases, List<Integer> revisions, List<String> agents, int repetitions, int rounds,
                   long seed) {
    }

    /**
     * A tournament: its request and progress; asked for alone, the totals per agent and (unless asked
     * not to) every session so far.
     *
     * @param finished when it ended (epoch milliseconds), absent while running
     * @param error    why it failed, or absent
     * @param summary  the totals per agent (alone only)
     * @param sessions the sessions' records (alone, unless {@code ?sessions=false})
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

    private View view(Tournaments.Row row) {
        return view(row, null, null);
    }

    private View view(Tournaments.Row row, List<AgentTotals> summary, List<JsonNode> sessions) {
        return new View(row.id(), row.status(), row.total(), row.done(), row.created(),
                row.finished() > 0 ? row.finished() : null, row.error(), Requests.parse(row.request()), summary, sessions);
    }

    /**
     * The totals per agent over a tournament's first {@code done} stored sessions. A tournament's
     * stored sessions only ever grow, so its first {@code done} are always the same ones.
     */
    record Summed(int done, List<AgentTotals> totals) {
    }

    private static Summed sum(JsonNode request, List<JsonNode> sessions) {
        List<SessionRecord> records = new ArrayList<>(sessions.size());
        for (JsonNode session : sessions) {
            records.add(record(session));
        }
        List<String> agents = new ArrayList<>();
        request.get("agents").forEach(a -> agents.add(a.asString()));
        // summed in session order, not finishing order: the same last digits on any number of threads, resumed or not
        records.sort(java.util.Comparator.comparing(SessionRecord::session));
        return new Summed(sessions.size(), Totals.of(agents, records).stream().map(AgentTotals::of).toList());
    }

    /**
     * The last totals summed per tournament, for the {@value TournamentApi#SUMMARIES} tournaments asked for most
     * recently: a page polling a tournament re-reads its sessions only once more have finished.
     */
    private static final class Summaries {
        private final Map<String, Summed> last = new java.util.LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Summed> eldest) {
                return size() > SUMMARIES;
            }
        };

        /** The totals over the tournament's first {@code done} sessions, or null if not summed last. */
        synchronized Summed get(String id, int done) {
            Summed s = last.get(id);
            return s != null && s.done() == done ? s : null;
        }

        synchronized void put(String id, Summed s) {
            last.put(id, s);
        }
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

    /**
     * Records the tournaments waiting their turn as interrupted, then stops the running one with
     * {@link Background#stop} (it records itself as interrupted); their sessions so far stay stored, and
     * any server on the same database can resume them.
     *
     * @throws IllegalStateException if the running one is still running {@link Background#STOP_WAIT_MILLIS}
     *                               ms after it was interrupted (its lease then expires)
     */
    @Override
    public void close() {
        for (String id : List.copyOf(queued)) {
            if (queued.remove(id)) {
                wb.store().tournaments().stop(id, Jobs.INTERRUPTED, "the server stopped");
            }
        }
        Background.stop(runner, "the running tournament");
    }
}
