package org.detente.web.store;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

/** Preparation briefs: computed in the background, then kept as HTML and as Markdown with its charts. */
public final class Briefs {
    private final Jdbi jdbi;
    private final Clock clock;
    private final String owner;

    Briefs(Jdbi jdbi, Clock clock, String owner) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.owner = owner;
    }

    /**
     * A brief.
     *
     * @param id           its id
     * @param caseId       the case
     * @param caseRevision the case's revision
     * @param request      the request JSON (party, counterpart, seed, samples, sessions, rounds, repetitions)
     * @param status       {@link Jobs#RUNNING}, {@link Jobs#FINISHED}, {@link Jobs#FAILED} or {@link Jobs#INTERRUPTED}
     * @param error        why it failed, or null
     * @param html         the self-contained HTML page, or null (and in listings)
     * @param markdown     the Markdown files as a JSON object (file name → text), or null (and in listings)
     * @param created      when it was asked for, epoch ms
     * @param finished     when it stopped, epoch ms, or 0
     */
    public record Row(String id, String caseId, int caseRevision, String request, String status, String error,
                      String html, String markdown, long created, long finished) {
    }

    /** Records a new brief being computed. */
    public Row start(String caseId, int revision, String request) {
        Row row = new Row(Store.newId(), caseId, revision, request, Jobs.RUNNING, null, null, null, clock.millis(), 0);
        jdbi.useTransaction(h -> {
            h.createUpdate("INSERT INTO briefs (id, case_id, case_revision, request, status, created)"
                    + " VALUES (:id, :caseId, :caseRevision, :request, :status, :created)").bindMethods(row).execute();
            Jobs.claim(h, clock, "briefs", row.id(), owner);
        });
        return row;
    }

    /** Stores a written brief. */
    public void finish(String id, String html, String markdown) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE briefs SET status = :s, html = :h, markdown = :m, finished = :f"
                + " WHERE id = :id").bind("s", Jobs.FINISHED).bind("h", html).bind("m", markdown).bind("f", clock.millis())
                .bind("id", id).execute());
    }

    /** Records a brief that could not be computed. */
    public void fail(String id, String error) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE briefs SET status = :s, error = :e, finished = :f WHERE id = :id")
                .bind("s", Jobs.FAILED).bind("e", error).bind("f", clock.millis()).bind("id", id).execute());
    }


    /** The brief with this id, with its texts. */
    public Optional<Row> get(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM briefs WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> new Row(rs.getString("id"), rs.getString("case_id"), rs.getInt("case_revision"),
                        rs.getString("request"), rs.getString("status"), rs.getString("error"), rs.getString("html"),
                        rs.getString("markdown"), rs.getLong("created"), rs.getLong("finished")))
                .findOne());
    }

    /** A case's briefs, without their texts, newest first. */
    public List<Row> list(String caseId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, case_id, case_revision, request, status, error, created,"
                        + " finished FROM briefs WHERE case_id = :c ORDER BY created DESC, id").bind("c", caseId)
                .map((rs, ctx) -> new Row(rs.getString("id"), rs.getString("case_id"), rs.getInt("case_revision"),
                        rs.getString("request"), rs.getString("status"), rs.getString("error"), null, null,
                        rs.getLong("created"), rs.getLong("finished")))
                .list());
    }
}
