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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
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
            ctx.json(Requests.JSON.createObjectNode().put("yourUtility", c.party(s.party()).utility(out.toArray()))
                    .put("withinYourRedLines", c.party(s.party()).preferences().allows(out.toArray())));
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
        ObjectNode request = Requests.JSON.createObjectNode();
        ArrayNode seats = request.putArray("seats");
        List<String> kinds = new ArrayList<>();
        for (int p = 0; p < parties; p++) {
            JsonNode s = seatsNode.get(p);
            String field = "seats[" + p + "]";
            ObjectNode seat = seats.addObject();
            if (s.has("agent")) {
                String agent = s.get("agent").asString("");
                if (!wb.agents().contains(agent)) {
                    throw ApiException.badRequest(field + ".agent", "unknown agent '" + agent + "'; known agents: "
                            + String.join(", ", wb.agents().names()));
                }
                seat.put("agent", agent);
                kinds.add(agent);
            } else if (s.path("person").asBoolean(false)) {
                seat.put("person", true);
                JsonNode text = s.get("instructions");
                if (text != null && !text.isNull() && !text.isString()) {
                    throw ApiException.badRequest(field + ".instructions", "must be text");
                }
                seat.put("instructions", text == null || text.isNull() ? "" : text.asString());
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
        request.put("rounds", rounds).put("seed", seed).put("idleMinutes", idle);
        request.set("case", Requests.parse(c.row().body()));
        if (live.size() >= MAX_LIVE) {
            throw new ApiException(429, "", MAX_LIVE + " play sessions are running; wait for one to end");
        }
        var scenario = wb.scenario(c);
        Map<String, Integer> hashes = new LinkedHashMap<>();
        ArrayNode links = Requests.JSON.createArrayNode();
        for (int p = 0; p < parties; p++) {
            if (kinds.get(p).equals(PlayRoom.PERSON)) {
                String token = token();
                hashes.put(hash(token), p);
                links.addObject().put("party", c.model().party(p).name()).put("token", token)
                        .put("url", "/play.html#" + token);
            }
        }
        Plays.Row row = wb.store().plays().start(c.row().id(), c.row().revision(), request.toString(), hashes);
        PlayRoom room = new PlayRoom(row.id(), c.model(), scenario, kinds, idle * 60_000L);
        live.put(row.id(), room);
        Thread t = Background.daemon(() -> play(room, rounds, seed), "detente-play-" + row.id());
        threads.put(row.id(), t);
        t.start();
        ObjectNode out = Requests.JSON.createObjectNode().put("id", row.id());
        out.set("links", links);
        ctx.status(201).json(out);
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

    private PlayViews.Play play(String id) {
        Plays.Row row = wb.store().plays().get(id).orElseThrow(() -> ApiException.notFound("no play session '" + id + "'"));
        JsonNode request = Requests.parse(row.request());
        NegotiationCase c;
        PlayRoom room = live.get(id);
        if (room != null) {
            PlayRoom.Snapshot snap = room.snapshot();
            return new PlayViews.Play(id, snap.result() == null ? row.status() : Jobs.FINISHED, room.negotiationCase(),
                    request, snap);
        }
        try {
            c = CaseFiles.read("play " + id, request.get("case").toString(), Format.JSON);
        } catch (InputException e) {
            throw new IllegalStateException("the case stored with play " + id + " no longer reads: " + e.getMessage(), e);
        }
        ObjectNode result = row.result() == null ? null : (ObjectNode) Requests.parse(row.result());
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

    private ObjectNode facilitator(String id) {
        PlayViews.Play p = play(id);
        ObjectNode o = Requests.JSON.createObjectNode().put("id", id).put("status", p.status());
        p.c().partyNames().forEach(o.putArray("parties")::add);
        PlayViews.kinds(p.request()).forEach(o.putArray("seats")::add);
        o.put("rounds", p.request().get("rounds").asInt());
        o.set("result", p.room().result());
        return o;
    }

    private void list(Context ctx) {
        ArrayNode out = Requests.JSON.createArrayNode();
        for (Plays.Row row : wb.store().plays().list()) {
            ObjectNode o = out.addObject().put("id", row.id()).put("caseId", row.caseId()).put("status", row.status())
                    .put("created", row.created());
            JsonNode request = Requests.parse(row.request());
            o.put("case", request.get("case").get("name").asString());
            PlayViews.kinds(request).forEach(o.putArray("seats")::add);
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

    /** Stops every live session; they are recorded as interrupted on the next start. */
    @Override
    public void close() {
        closing = true;
        threads.values().forEach(Thread::interrupt);
    }
}
