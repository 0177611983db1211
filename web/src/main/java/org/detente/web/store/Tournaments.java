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

    /** Records a new running tournament. */
    public Row start(String request, int total) {
        Row row = new Row(Store.newId(), request, Jobs.RUNNING, total, 0, null, clock.millis(), 0);
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO tournaments (id, request, status, total, done, created)"
                + " VALUES (:id, :request, :status, :total, :done, :created)").bindMethods(row).execute());
        return row;
    }

    /** Records a finished session (the {@code seq}-th to finish) and counts it. */
    public void addSession(String id, int seq, String sessionId, String body) {
        jdbi.useTransaction(h -> {
            h.createUpdate("INSERT INTO tournament_sessions (tournament_id, seq, session_id, body)"
                    + " VALUES (:t, :seq, :s, :b)").bind("t", id).bind("seq", seq).bind("s", sessionId)
                    .bind("b", body).execute();
            h.createUpdate("UPDATE tournaments SET done = done + 1 WHERE id = :t").bind("t", id).execute();
        });
    }

    /** Marks a run as stopped with a status ({@link Jobs#FINISHED}, {@link Jobs#FAILED}) and an error or null. */
    public void stop(String id, String status, String error) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE tournaments SET status = :s, error = :e, finished = :f WHERE id = :id")
                .bind("s", status).bind("e", error).bind("f", clock.millis()).bind("id", id).execute());
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
