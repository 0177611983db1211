package org.detente.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.detente.formats.InputException;
import org.detente.formats.casefile.CaseFiles;
import org.detente.formats.casefile.Format;
import org.detente.model.NegotiationCase;
import org.detente.rehearsal.mediation.Mediators;
import org.detente.web.store.Jobs;
import org.detente.web.store.Plays;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The neutral mediator: people settle a case through a mediator they each confide in, each through
 * a secret link (as in play: 256 random bits, the store keeps only the SHA-256).
 *
 * <p>{@code POST /api/cases/{id}/mediations} opens a session with a person at every party's place
 * and answers one link per person ({@code /mediate.html#TOKEN}). Through {@code /api/mediation/{token}}
 * a person confides their preferences, answers the mediator's texts and improvements, and reads the
 * debrief once it is over; {@code GET /api/mediations/{id}} tells the facilitator where it stands.
 * The session runs on the people's answers (no thread of its own); it waits for them until no one
 * has confided or answered for the idle timeout ({@code serve --mediation-idle-timeout}, default
 * 30 min), when it is closed and recorded as {@link Jobs#EXPIRED}, or until the server stops, after
 * which it is recorded as interrupted.
 */
final class MediationRooms {
    /** The most sessions running at once. */
    static final int MAX_LIVE = 200;
    private static final int FINISHED_KEPT = 16;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MediationRooms.class);
    private final Workbench wb;
    private final Duration idleTimeout;
    private final Map<String, MediationRoom> live = new ConcurrentHashMap<>();
    private final Map<String, MediationRoom> finished = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, MediationRoom> eldest) {
            return size() > FINISHED_KEPT;
        }
    };

    /**
     * @param idleTimeout how long a session may wait without anyone confiding or answering
     */
    MediationRooms(Workbench wb, Duration idleTimeout) {
        this.wb = wb;
        this.idleTimeout = idleTimeout;
    }

    /** How often {@link #closeIdle} should run: a quarter of the timeout, between 50 ms and a minute. */
    Duration sweep() {
        return Duration.ofMillis(Math.max(50, Math.min(60_000, idleTimeout.toMillis() / 4)));
    }

    /**
     * Closes every live session idle for the timeout: it leaves the live rooms and is recorded as
     * {@link Jobs#EXPIRED} (its lease is then no longer renewed).
     *
     * @return how many it closed
     */
    int closeIdle() {
        int closed = 0;
        for (MediationRoom room : live.values()) {
            if (room.expireIfIdle(idleTimeout.toNanos())) {
                // stored and cached before it leaves the live rooms, so that a reader never rebuilds it half closed
                wb.store().mediations().expire(room.id());
                synchronized (finished) {
                    finished.put(room.id(), room);
                }
                live.remove(room.id());
                LOG.info("detente serve: mediated session {} closed: no one confided or answered for {}", room.id(),
                        idleTimeout);
                closed++;
            }
        }
        return closed;
    }

    void register(RoutesConfig r) {
        r.post("/api/cases/{id}/mediations", this::create);
        r.get("/api/mediations/{id}", ctx -> {
            MediationRoom room = room(ctx.pathParam("id"));
            ctx.json(MediationViews.facilitator(room, status(room)));
        });
        r.get("/api/mediation/{token}", ctx -> {
            Seat s = seat(ctx);
            ctx.json(MediationViews.person(s.room(), status(s.room()), s.party()));
        });
        r.post("/api/mediation/{token}/confide", ctx -> {
            Seat s = seat(ctx);
            JsonNode party = Requests.object(ctx).get("party");
            if (party != null && !party.isNull() && !party.isObject()) {
                throw ApiException.badRequest("party", "your preferences as a party of the case file's JSON form, or"
                        + " nothing to confirm the case's profile of you");
            }
            live(s).confide(s.party(), party == null || party.isNull() ? null : party);
            settle(s.room());
            ctx.json(MediationViews.person(s.room(), status(s.room()), s.party()));
        });
        r.post("/api/mediation/{token}/answer", ctx -> {
            Seat s = seat(ctx);
            live(s).answer(s.party(), Requests.string(Requests.object(ctx), "answer"));
            settle(s.room());
            ctx.json(MediationViews.person(s.room(), status(s.room()), s.party()));
        });
        r.get("/api/mediation/{token}/debrief", ctx -> {
            Seat s = seat(ctx);
            ObjectNode result = s.room().result();
            if (result == null) {
                throw new ApiException(409, "", "the debrief opens when the session is over");
            }
            NegotiationCase confided = MediationRoom.confidedCase(s.room().request().get("case"),
                    toArray(result.get("confided")));
            ObjectNode d = Requests.JSON.valueToTree(PlayViews.debrief(new PlayViews.Play(s.room().id(), Jobs.FINISHED, confided,
                    s.room().request(), new PlayRoom.Snapshot(List.of(), -1, 0, result)), s.party()));
            d.set("confided", result.get("confided"));
            d.set("steps", result.get("steps"));
            ctx.json(d);
        });
    }

    private static JsonNode[] toArray(JsonNode array) {
        JsonNode[] out = new JsonNode[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i);
        }
        return out;
    }

    private void create(Context ctx) {
        Workbench.Loaded c = wb.load(ctx.pathParam("id"));
        ObjectNode req = Requests.object(ctx);
        int parties = c.model().parties().size();
        ObjectNode request = Requests.JSON.createObjectNode();
        String mediator = req.has("mediator") ? Requests.string(req, "mediator") : "nash-seeker";
        if (!Mediators.contains(mediator)) {
            throw ApiException.badRequest("mediator", "unknown mediator '" + mediator + "'; known mediators: "
                    + String.join(", ", Mediators.names()));
        }
        ArrayNode instructions = request.putArray("instructions");
        JsonNode given = req.get("instructions");
        if (given != null && (!given.isArray() || given.size() != parties)) {
            throw ApiException.badRequest("instructions", "one text per party, in order (" + parties + ")");
        }
        for (int p = 0; p < parties; p++) {
            JsonNode t = given == null ? null : given.get(p);
            if (t != null && !t.isNull() && !t.isString()) {
                throw ApiException.badRequest("instructions[" + p + "]", "must be text");
            }
            instructions.add(t == null || t.isNull() ? "" : t.asString());
        }
        request.put("mediator", mediator).put("rounds", Requests.integer(req, "rounds", 30, 1, 1000))
                .put("seed", Requests.longValue(req, "seed", 1));
        request.set("case", Requests.parse(c.row().body()));
        wb.scenario(c); // refuses a case whose outcome space sessions cannot hold, before any link is made
        if (live.size() >= MAX_LIVE) {
            throw new ApiException(429, "", MAX_LIVE + " mediated sessions are running; wait for one to end");
        }
        Map<String, Integer> hashes = new LinkedHashMap<>();
        ArrayNode links = Requests.JSON.createArrayNode();
        for (int p = 0; p < parties; p++) {
            String token = PlayRooms.token();
            hashes.put(PlayRooms.hash(token), p);
            links.addObject().put("party", c.model().party(p).name()).put("token", token)
                    .put("url", "/mediate.html#" + token);
        }
        Plays.Row row = wb.store().mediations().start(c.row().id(), c.row().revision(), request.toString(), hashes);
        live.put(row.id(), new MediationRoom(row.id(), c.model(), request));
        ObjectNode out = Requests.JSON.createObjectNode().put("id", row.id());
        out.set("links", links);
        ctx.status(201).json(out);
    }

    /** Records a session that has just ended, and moves it from the live rooms to the finished ones. */
    private void settle(MediationRoom room) {
        ObjectNode result = room.result();
        if (result != null && live.remove(room.id()) != null) {
            wb.store().mediations().finish(room.id(), result.toString());
            synchronized (finished) {
                finished.put(room.id(), room);
            }
        }
    }

    private static String status(MediationRoom room) {
        return room.result() != null ? Jobs.FINISHED
                : room.expired() ? Jobs.EXPIRED
                : room.phase() == MediationRoom.Phase.OVER ? Jobs.INTERRUPTED : Jobs.RUNNING;
    }

    /**
     * A person's seat, found by their token.
     *
     * @param room  the session
     * @param party their party index
     */
    private record Seat(MediationRoom room, int party) {
    }

    private Seat seat(Context ctx) {
        String token = ctx.pathParam("token");
        if (!token.matches("[A-Za-z0-9_-]{43}")) {
            throw ApiException.notFound("no such seat");
        }
        Plays.Seat seat = wb.store().mediations().seat(PlayRooms.hash(token))
                .orElseThrow(() -> ApiException.notFound("no such seat"));
        return new Seat(room(seat.playId()), seat.party());
    }

    private MediationRoom live(Seat s) {
        MediationRoom room = live.get(s.room().id());
        if (room == null) {
            throw new ApiException(409, "", "the session is " + status(s.room()) + "; no more answers");
        }
        return room;
    }

    /** The live room, or the finished one rebuilt from the store. */
    private MediationRoom room(String id) {
        MediationRoom room = live.get(id);
        if (room != null) {
            return room;
        }
        synchronized (finished) {
            room = finished.get(id);
        }
        if (room != null) {
            return room;
        }
        Plays.Row row = wb.store().mediations().get(id)
                .orElseThrow(() -> ApiException.notFound("no mediated session '" + id + "'"));
        JsonNode request = Requests.parse(row.request());
        NegotiationCase c;
        try {
            c = CaseFiles.read("mediation " + id, request.get("case").toString(), Format.JSON);
        } catch (InputException e) {
            throw new IllegalStateException("the case stored with mediation " + id + " no longer reads: "
                    + e.getMessage(), e);
        }
        room = MediationRoom.restore(id, c, request, row.result() == null ? null : Requests.parse(row.result()),
                Jobs.EXPIRED.equals(row.status()));
        synchronized (finished) {
            finished.put(id, room);
        }
        return room;
    }
}
