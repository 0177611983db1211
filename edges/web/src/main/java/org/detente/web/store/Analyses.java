package org.detente.web.store;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

/** Stored analyses: the {@code detente analyze --json} object of one revision of a case. */
public final class Analyses {
    private final Jdbi jdbi;
    private final Clock clock;

    Analyses(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * A stored analysis.
     *
     * @param id           its id
     * @param caseId       the case analysed
     * @param caseRevision the case's revision analysed
     * @param body         the analysis JSON (empty in listings)
     * @param created      when, epoch ms
     */
    public record Row(String id, String caseId, int caseRevision, String body, long created) {
    }

    /** Stores an analysis. */
    public Row save(String caseId, int revision, String body) {
        Row row = new Row(Store.newId(), caseId, revision, body, clock.millis());
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO analyses (id, case_id, case_revision, body, created)"
                + " VALUES (:id, :caseId, :caseRevision, :body, :created)").bindMethods(row).execute());
        return row;
    }

    /** The latest analysis of this revision of the case. */
    public Optional<Row> find(String caseId, int revision) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM analyses WHERE case_id = :c AND case_revision = :r"
                        + " ORDER BY created DESC")
                .bind("c", caseId).bind("r", revision)
                .map((rs, ctx) -> row(rs))
                .findFirst());
    }

    /** The analysis with this id. */
    public Optional<Row> get(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM analyses WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> row(rs))
                .findOne());
    }

    /** Every stored analysis, without bodies, newest first. */
    public List<Row> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, case_id, case_revision, created FROM analyses"
                        + " ORDER BY created DESC, id")
                .map((rs, ctx) -> new Row(rs.getString("id"), rs.getString("case_id"), rs.getInt("case_revision"),
                        "", rs.getLong("created")))
                .list());
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getString("id"), rs.getString("case_id"), rs.getInt("case_revision"), rs.getString("body"),
                rs.getLong("created"));
    }
}
