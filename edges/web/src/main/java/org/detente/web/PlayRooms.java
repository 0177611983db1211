package org.detente.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.detente.formats.InputException;
import org.detente.formats.casefile.CaseFiles;
import org.detente.formats.casefile.Format;
import org.detente.model.NegotiationCase;
import org.detente.rehearsal.Action;
import org.detente.web.store.Jobs;
import org.detente.web.store.Plays;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Play: people negotiate a case against agents or against each other, each through a secret link.
 *
 * <p>{@code POST /api/cases/{id}/plays} seats a person or an agent at each party's place and answers
 * one link per person; the token in it (256 random bits) is the only key to that seat: the store
 * keeps its SHA-256, every {@code /api/play/{token}} call looks the seat up by it, and an unknown
 * token gets the same 404 as a malformed one. Through a seat a person reads their own instructions,
 * preferences and utilities, and offers, accepts or walks away on their turn, until agreement, a walk-away or
 * the deadline in rounds; then the debrief opens.
 */
final class PlayRooms implements AutoCloseable {
    /** The most sessions running at once. */
    static final int MAX_LIVE = 200;
    /** How long a person's action waits for the table to come back to a person. */
    static final long ANSWER_WAIT_MILLIS = 5_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Workbench wb;
    private static final Logger LOG = LoggerFactory.getLogger(PlayRooms.class);
    private final Map<String, PlayRoom> live = new ConcurrentHashMap<>();
    private final Map<String, Thread> threads = new ConcurrentHashMap<>();
    private volatile boolean closing;

    PlayRooms(Workbench wb) {
        this.wb = wb;
    }

    void register(RoutesConfig r) {
        r.post("/api/cases/{id}/plays", this::create);
        r.get("/api/plays", this::list);
        r.get("/api/plays/{id}", ctx -> ctx.json(facilitator(ctx.pathParam("id"))));
        r.get("/api/play/{token}", ctx -> {
            Seat s = seat(ctx);
            ctx.json(PlayViews.player(s.play(), s.party()));
        });
        r.post("/api/play/{token}/utility", ctx -> {
            Seat s = seat(ctx);
            NegotiationCase c = s.play().c();
            var out = PlayViews.outcome(c.domain(), Requests.object(ctx));
            ctx.json(new Preview(c.party(s.party()).utility(out.toArray()),
                    c.party(s.party()).preferences().allows(out.toArray())));
        });
        // after the fixed paths above: offer, accept, walk-away; any other word is a 400 (PlayAction)
        r.post("/api/play/{token}/{action}", ctx -> act(ctx, ctx.pathParam("action")));
        r.get("/api/play/{token}/debrief", ctx -> {
            Seat s = seat(ctx);
            ctx.json(PlayViews.debrief(s.play(), s.party()));
        });
    }

    private void create(Context ctx) {
        Workbench.Loaded c = wb.load(ctx.pathParam("id"));
        ObjectNode req = Requests.object(ctx);
        JsonNode seatsNode = req.get("seats");
        int parties = c.model().parties().size();
        if (seatsNode == null || !seatsNode.isArray() || seatsNode.size() != parties) {
            throw ApiException.badRequest("seats", "name one seat per party, in order (" + parties
                    + "): {\"person\": true, \"instructions\": \"…\"} or {\"agent\": \"boulware\"}");
        }
        List<SeatRequest> seats = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (int p = 0; p < parties; p++) {
            JsonNode s = seatsNode.get(p);
            String field = "seats[" + p + "]";
            if (s.has("agent")) {
                String agent = s.get("agent").asString("");
                Requests.agent(wb.agents(), field + ".agent", agent);
                seats.add(SeatRequest.ofAgent(agent));
                kinds.add(agent);
            } else if (s.path("person").asBoolean(false)) {
                JsonNode text = s.get("instructions");
                if (text != null && !text.isNull() && !text.isString()) {
                    throw ApiException.badRequest(field + ".instructions", "must be text");
                }
                seats.add(SeatRequest.ofPerson(text == null || text.isNull() ? "" : text.asString()));
                kinds.add(PlayRoom.PERSON);
            } else {
                throw ApiException.badRequest(field, "must be {\"person\": true} or {\"agent\": NAME}");
            }
        }
        if (!kinds.contains(PlayRoom.PERSON)) {
            throw ApiException.badRequest("seats", "seat at least one person (for agents only, run a rehearsal)");
        }
        int rounds = Requests.integer(req, "rounds", 10, 1, 1000);
        long seed = Requests.longValue(req, "seed", 1);
        int idle = Requests.integer(req, "idleMinutes", 30, 1, 24 * 60);
        Request request = new Request(seats, rounds, seed, idle, Requests.parse(c.row().body()));
        if (live.size() >= MAX_LIVE) {
            throw new ApiException(429, "", MAX_LIVE + " play sessions are running; wait for one to end");
        }
        var scenario = wb.scenario(c);
        Map<String, Integer> hashes = new LinkedHashMap<>();
        List<Link> links = new ArrayList<>();
        for (int p = 0; p < parties; p++) {
            if (kinds.get(p).equals(PlayRoom.PERSON)) {
                String token = token();
                hashes.put(hash(token), p);
                links.add(new Link(c.model().party(p).name(), token, "/play.html#" + token));
            }
        }
        Plays.Row row = wb.store().plays().start(c.row().id(), c.row().revision(),
                Requests.JSON.writeValueAsString(request), hashes);
        PlayRoom room = new PlayRoom(row.id(), c.model(), Requests.parse(row.request()), scenario, kinds, idle * 60_000L);
        live.put(row.id(), room);
        Thread t = Background.daemon(() -> play(room, rounds, seed), "detente-play-" + row.id());
        threads.put(row.id(), t);
        t.start();
        ctx.status(201).json(new Created(row.id(), links));
    }

    /**
     * A play's request, as stored: the seats, the deadline, the seed, the idle limit and the case
     * as it was when the session started.
     */
    record Request(List<SeatRequest> seats, int rounds, long seed, int idleMinutes, @JsonProperty("case") JsonNode c) {
    }

    /** A seat as asked for: {@code {"agent": NAME}} or {@code {"person": true, "instructions": TEXT}}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SeatRequest(String agent, Boolean person, String instructions) {
        static SeatRequest ofAgent(String name) {
            return new SeatRequest(name, null, null);
        }

        static SeatRequest ofPerson(String instructions) {
            return new SeatRequest(null, true, instructions);
        }
    }

    /** A person's secret link to their seat. */
    record Link(String party, String token, String url) {
    }

    /** The answer to a new play: its id and one link per person. */
    record Created(String id, List<Link> links) {
    }

    /** A person's utility of a package they consider, and whether their red lines allow it. */
    record Preview(double yourUtility, boolean withinYourRedLines) {
    }

    /** What the facilitator sees: the seats, the deadline, and the session once over (or null). */
    record Facilitator(String id, String status, List<String> parties, List<String> seats, int rounds, JsonNode result) {
    }

    /** A play in the list of plays. */
    record Summary(String id, String caseId, String status, long created, @JsonProperty("case") String caseName,
                   List<String> seats) {
    }

    private void play(PlayRoom room, int rounds, long seed) {
        try {
            room.run(wb.agents(), rounds, seed, json -> {
                if (!closing) {
                    wb.store().plays().finish(room.id(), json.toString());
                }
            });
        } catch (RuntimeException e) {
            LOG.error("detente serve: play session {} failed", room.id(), e);
        } finally {
            live.remove(room.id());
            threads.remove(room.id());
        }
    }

    private void act(Context ctx, String word) throws InterruptedException {
        Seat s = seat(ctx);
        PlayAction action = PlayAction.parse(word);
        PlayRoom room = live.get(s.play().id());
        if (room == null) {
            throw new ApiException(409, "", "the session is " + s.play().status() + "; no more moves");
        }
        Action a = action.toAction(room.negotiationCase().domain(), () -> Requests.object(ctx));
        room.act(s.party(), a, ANSWER_WAIT_MILLIS);
        ctx.json(PlayViews.player(play(s.play().id()), s.party()));
    }

    /**
     * A person's seat, found by their token.
     *
     * @param play  the session
     * @param party their party index
     */
    private record Seat(PlayViews.Play play, int party) {
    }

    private Seat seat(Context ctx) {
        String token = ctx.pathParam("token");
        if (!token.matches("[A-Za-z0-9_-]{43}")) {
            throw ApiException.notFound("no such seat");
        }
        Plays.Seat seat = wb.store().plays().seat(hash(token)).orElseThrow(() -> ApiException.notFound("no such seat"));
        return new Seat(play(seat.playId()), seat.party());
    }

    /** A play: a live one from its room (the request read once, when it began), an ended one from the store. */
    private PlayViews.Play play(String id) {
        PlayRoom room = live.get(id);
        if (room != null) {
            String status = wb.store().plays().status(id).orElseThrow(() -> ApiException.notFound("no play session '"
                    + id + "'"));
            PlayRoom.Snapshot snap = room.snapshot();
            return new PlayViews.Play(id, snap.result() == null ? status : Jobs.FINISHED, room.negotiationCase(),
                    room.request(), snap);
        }
        Plays.Row row = wb.store().plays().get(id).orElseThrow(() -> ApiException.notFound("no play session '" + id + "'"));
        JsonNode request = Requests.parse(row.request());
        NegotiationCase c;
        try {
            c = CaseFiles.read("play " + id, request.get("case").toString(), Format.JSON);
        } catch (InputException e) {
            throw new IllegalStateException("the case stored with play " + id + " no longer reads: " + e.getMessage(), e);
        }
        JsonNode result = row.result() == null ? null : Requests.parse(row.result());
        List<PlayRoom.Entry> log = new ArrayList<>();
        if (result != null) {
            for (JsonNode e : result.get("log")) {
                String word = e.get("action").asString();
                log.add(new PlayRoom.Entry(e.get("round").asInt(), e.get("party").asInt(), PlayAction.of(word)
                        .orElseThrow(() -> new IllegalStateException("the log of play " + id + " holds an unknown action '"
                                + word + "'")), e.get("outcomeIndex").asLong()));
            }
        }
        return new PlayViews.Play(id, row.status(), c, request, new PlayRoom.Snapshot(log, -1, 0, result));
    }

    private Facilitator facilitator(String id) {
        PlayViews.Play p = play(id);
        return new Facilitator(id, p.status(), p.c().partyNames(), PlayViews.kinds(p.request()),
                p.request().get("rounds").asInt(), p.room().result());
    }

    private void list(Context ctx) {
        List<Summary> out = new ArrayList<>();
        for (Plays.Row row : wb.store().plays().list()) {
            JsonNode request = Requests.parse(row.request());
            out.add(new Summary(row.id(), row.caseId(), row.status(), row.created(),
                    request.get("case").get("name").asString(), PlayViews.kinds(request)));
        }
        ctx.json(out);
    }

    /** A new secret: 256 random bits, URL-safe base64 (43 characters). */
    static String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** The SHA-256 of a token, hex. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /**
     * Stops every live session (they are recorded as interrupted on the next start) and waits up to
     * {@link Background#STOP_WAIT_MILLIS} for them to end.
     *
     * @throws IllegalStateException if some are still running then
     */
    @Override
    public void close() {
        closing = true;
        List<Thread> all = List.copyOf(threads.values());
        all.forEach(Thread::interrupt);
        long until = System.nanoTime() + Background.STOP_WAIT_MILLIS * 1_000_000;
        try {
            for (Thread t : all) {
                t.join(Math.max(1, (until - System.nanoTime()) / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the play sessions to stop", e);
        }
        long left = all.stream().filter(Thread::isAlive).count();
        if (left > 0) {
            throw new IllegalStateException(left + " play session(s) still running " + Background.STOP_WAIT_MILLIS / 1000
                    + " s after they were interrupted");
        }
    }
}
