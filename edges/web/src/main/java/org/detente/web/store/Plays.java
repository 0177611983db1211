package org.detente.web.store;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

/**
 * Play sessions (people at the table) and their seats. A seat is found by the SHA-256 of its
 * secret token; the token itself is never stored. The same shape serves the mediated sessions
 * ({@link Store#mediations()}), in tables of their own.
 */
public final class Plays {
    private final Jdbi jdbi;
    private final Clock clock;
    private final String table;
    private final String seats;
    private final String key;
    private final String owner;

    Plays(Jdbi jdbi, Clock clock, String owner) {
        this(jdbi, clock, owner, "plays", "play_seats", "play_id");
    }

    /**
     * Sessions in other tables of the same shape.
     *
     * @param owner the server whose running sessions these are (their lease)
     * @param table the sessions' table
     * @param seats the seats' table
     * @param key   the seats' column naming their session
     */
    Plays(Jdbi jdbi, Clock clock, String owner, String table, String seats, String key) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.owner = owner;
        this.table = table;
        this.seats = seats;
        this.key = key;
    }

    /**
     * A play session.
     *
     * @param id           its id
     * @param caseId       the case played
     * @param caseRevision the case's revision
     * @param request      the request JSON (seats, rounds, seed)
     * @param status       {@link Jobs#RUNNING}, {@link Jobs#FINISHED}, {@link Jobs#INTERRUPTED} or (a mediated
     *                     session) {@link Jobs#EXPIRED}
     * @param result       the session JSON with its trace once finished, or null
     * @param created      when it started, epoch ms
     * @param finished     when it ended, epoch ms, or 0
     */
    public record Row(String id, String caseId, int caseRevision, String request, String status, String result,
                      long created, long finished) {
    }

    /**
     * A person's seat.
     *
     * @param playId the session
     * @param party  the party index the person plays
     */
    public record Seat(String playId, int party) {
    }

    /** Records a new running session with its seats (token hash → party index). */
    public Row start(String caseId, int revision, String request, Map<String, Integer> seats) {
        Row row = new Row(Store.newId(), caseId, revision, request, Jobs.RUNNING, null, clock.millis(), 0);
        jdbi.useTransaction(h -> {
            h.createUpdate("INSERT INTO " + table + " (id, case_id, case_revision, request, status, created)"
                    + " VALUES (:id, :caseId, :caseRevision, :request, :status, :created)").bindMethods(row).execute();
            Jobs.claim(h, clock, table, row.id(), owner);
            for (var e : seats.entrySet()) {
                h.createUpdate("INSERT INTO " + this.seats + " (token_hash, " + key + ", party) VALUES (:h, :p, :party)")
                        .bind("h", e.getKey()).bind("p", row.id()).bind("party", e.getValue()).execute();
            }
        });
        return row;
    }

    /** Records that a running session was closed for being idle ({@link Jobs#EXPIRED}). */
    public void expire(String id) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE " + table + " SET status = :s, finished = :f WHERE id = :id AND status = :r")
                .bind("s", Jobs.EXPIRED).bind("f", clock.millis()).bind("id", id).bind("r", Jobs.RUNNING).execute());
    }

    /** Records the end of a session. */
    public void finish(String id, String result) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE " + table + " SET status = :s, result = :r, finished = :f WHERE id = :id")
                .bind("s", Jobs.FINISHED).bind("r", result).bind("f", clock.millis()).bind("id", id).execute());
    }


    /** The seat whose token has this SHA-256 (hex). */
    public Optional<Seat> seat(String tokenHash) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + key + ", party FROM " + seats + " WHERE token_hash = :h")
                .bind("h", tokenHash).map((rs, ctx) -> new Seat(rs.getString(key), rs.getInt("party")))
                .findOne());
    }

    /** The session with this id. */
    public Optional<Row> get(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM " + table + " WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> row(rs, true)).findOne());
    }

    /** The status of the session with this id (what a live session's pages read, without its request). */
    public Optional<String> status(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT status FROM " + table + " WHERE id = :id").bind("id", id)
                .mapTo(String.class).findOne());
    }

    /** Every session, without results, newest first. */
    public List<Row> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, case_id, case_revision, request, status, created, finished"
                + " FROM " + table + " ORDER BY created DESC, id").map((rs, ctx) -> row(rs, false)).list());
    }

    private static Row row(java.sql.ResultSet rs, boolean withResult) throws java.sql.SQLException {
        return new Row(rs.getString("id"), rs.getString("case_id"), rs.getInt("case_revision"), rs.getString("request"),
                rs.getString("status"), withResult ? rs.getString("result") : null, rs.getLong("created"),
                rs.getLong("finished"));
    }
}
