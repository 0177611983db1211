package org.detente.web.store;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

/**
 * Tournament runs: the request, the progress, and one row per finished session. A running
 * tournament is leased to the server that runs it ({@link Jobs}): only that server stores its
 * sessions and ends it, and an interrupted one can be taken up again ({@link #resume}).
 */
public final class Tournaments {
    private final Jdbi jdbi;
    private final Clock clock;
    private final String owner;

    Tournaments(Jdbi jdbi, Clock clock, String owner) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.owner = owner;
    }

    /**
     * A tournament run.
     *
     * @param id       its id
     * @param request  the request JSON (cases, agents, repetitions, rounds, seed)
     * @param status   {@link Jobs#RUNNING}, {@link Jobs#FINISHED}, {@link Jobs#FAILED} or {@link Jobs#INTERRUPTED}
     * @param total    sessions planned
     * @param done     sessions finished
     * @param error    why it failed, or null
     * @param created  when it started, epoch ms
     * @param finished when it stopped, epoch ms, or 0
     */
    public record Row(String id, String request, String status, int total, int done, String error, long created,
                      long finished) {
    }

    /** This server no longer holds the lease of a tournament it was running: another took it up. */
    public static final class LeaseLost extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        LeaseLost(String id) {
            super("tournament " + id + " is no longer this server's to run (its lease expired and it was taken up)");
        }
    }

    /** Records a new running tournament, leased to this server. */
    public Row start(String request, int total) {
        Row row = new Row(Store.newId(), request, Jobs.RUNNING, total, 0, null, clock.millis(), 0);
        jdbi.useTransaction(h -> {
            h.createUpdate("INSERT INTO tournaments (id, request, status, total, done, created)"
                    + " VALUES (:id, :request, :status, :total, :done, :created)").bindMethods(row).execute();
            Jobs.claim(h, clock, "tournaments", row.id(), owner);
        });
        return row;
    }

    /**
     * Records a finished session (the {@code seq}-th to finish) and counts it.
     *
     * @throws LeaseLost if this server no longer runs the tournament (nothing is recorded)
     */
    public void addSession(String id, int seq, String sessionId, String body) {
        jdbi.useTransaction(h -> {
            if (h.createUpdate("UPDATE tournaments SET done = done + 1 WHERE id = :t AND owner = :o AND status = :r")
                    .bind("t", id).bind("o", owner).bind("r", Jobs.RUNNING).execute() != 1) {
                throw new LeaseLost(id);
            }
            h.createUpdate("INSERT INTO tournament_sessions (tournament_id, seq, session_id, body)"
                    + " VALUES (:t, :seq, :s, :b)").bind("t", id).bind("seq", seq).bind("s", sessionId)
                    .bind("b", body).execute();
        });
    }

    /**
     * Marks a run of this server's as stopped with a status ({@link Jobs#FINISHED}, {@link Jobs#FAILED},
     * {@link Jobs#INTERRUPTED}) and an error or null; a run another server has taken up is left alone.
     */
    public void stop(String id, String status, String error) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE tournaments SET status = :s, error = :e, finished = :f"
                        + " WHERE id = :id AND owner = :o AND status = :r")
                .bind("s", status).bind("e", error).bind("f", clock.millis()).bind("id", id).bind("o", owner)
                .bind("r", Jobs.RUNNING).execute());
    }

    /**
     * Takes up an interrupted run (or one whose server's lease has expired): it is running again,
     * leased to this server.
     *
     * @return the run, or empty if there is none with this id that is interrupted or abandoned
     */
    public Optional<Row> resume(String id) {
        long now = clock.millis();
        int taken = jdbi.withHandle(h -> h.createUpdate("UPDATE tournaments SET status = :r, owner = :o, lease_until = :u,"
                        + " error = NULL, finished = NULL WHERE id = :id AND (status = :i"
                        + " OR (status = :r AND (lease_until IS NULL OR lease_until < :now)))")
                .bind("r", Jobs.RUNNING).bind("o", owner).bind("u", now + Jobs.LEASE.toMillis()).bind("id", id)
                .bind("i", Jobs.INTERRUPTED).bind("now", now).execute());
        return taken == 1 ? get(id) : Optional.empty();
    }

    /** The ids of a run's finished sessions, in the order they finished. */
    public List<String> sessionIds(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT session_id FROM tournament_sessions WHERE tournament_id = :t"
                + " ORDER BY seq").bind("t", id).mapTo(String.class).list());
    }

    /** The highest sequence number of a run's finished sessions, or 0. */
    public int lastSeq(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(seq), 0) FROM tournament_sessions"
                + " WHERE tournament_id = :t").bind("t", id).mapTo(Integer.class).one());
    }

    /** The run with this id. */
    public Optional<Row> get(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM tournaments WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> row(rs)).findOne());
    }

    /** Every run, newest first. */
    public List<Row> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM tournaments ORDER BY created DESC, id")
                .map((rs, ctx) -> row(rs)).list());
    }

    /** The JSON of a run's finished sessions, in the order they finished. */
    public List<String> sessions(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT body FROM tournament_sessions WHERE tournament_id = :t"
                + " ORDER BY seq").bind("t", id).mapTo(String.class).list());
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getString("id"), rs.getString("request"), rs.getString("status"), rs.getInt("total"),
                rs.getInt("done"), rs.getString("error"), rs.getLong("created"), rs.getLong("finished"));
    }
}
