package org.detente.web.store;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

/** Stored rehearsal sessions: the request and the session with its trace. */
public final class Rehearsals {
    private final Jdbi jdbi;
    private final Clock clock;

    Rehearsals(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * A stored rehearsal.
     *
     * @param id           its id
     * @param caseId       the case rehearsed
     * @param caseRevision the case's revision
     * @param request      the request JSON (agents, rounds, seed)
     * @param body         the session JSON with its trace (empty in listings)
     * @param created      when, epoch ms
     */
    public record Row(String id, String caseId, int caseRevision, String request, String body, long created) {
    }

    /** Stores a rehearsal under an id from {@link Store#newId()}. */
    public Row save(String id, String caseId, int revision, String request, String body) {
        Row row = new Row(id, caseId, revision, request, body, clock.millis());
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO rehearsals (id, case_id, case_revision, request, body, created)"
                + " VALUES (:id, :caseId, :caseRevision, :request, :body, :created)").bindMethods(row).execute());
        return row;
    }

    /** The rehearsal with this id. */
    public Optional<Row> get(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM rehearsals WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> new Row(rs.getString("id"), rs.getString("case_id"), rs.getInt("case_revision"),
                        rs.getString("request"), rs.getString("body"), rs.getLong("created")))
                .findOne());
    }

    /** A case's rehearsals (every case's when {@code caseId} is null), without bodies, newest first. */
    public List<Row> list(String caseId) {
        return jdbi.withHandle(h -> {
            var q = h.createQuery("SELECT id, case_id, case_revision, request, created FROM rehearsals"
                    + (caseId == null ? "" : " WHERE case_id = :c") + " ORDER BY created DESC, id");
            if (caseId != null) {
                q.bind("c", caseId);
            }
            return q.map((rs, ctx) -> new Row(rs.getString("id"), rs.getString("case_id"), rs.getInt("case_revision"),
                    rs.getString("request"), "", rs.getLong("created"))).list();
        });
    }
}
