package org.detente.web.store;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

/** Live talks: the record of a real negotiation of a case, kept as the record file's JSON. */
public final class Talks {
    private final Jdbi jdbi;
    private final Clock clock;

    Talks(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * Stored talks.
     *
     * @param id      its id
     * @param caseId  the case
     * @param record  the record as JSON text (docs/record.schema.json)
     * @param offers  how many offers it holds
     * @param seed    the seed of the tracking
     * @param created when they began, epoch ms
     * @param updated the last change, epoch ms
     */
    public record Row(String id, String caseId, String record, int offers, long seed, long created, long updated) {
    }

    /** Stores new talks. */
    public Row create(String caseId, String record, int offers, long seed) {
        long now = clock.millis();
        Row row = new Row(Store.newId(), caseId, record, offers, seed, now, now);
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO talks (id, case_id, record, offers, seed, created, updated)"
                + " VALUES (:id, :caseId, :record, :offers, :seed, :created, :updated)").bindMethods(row).execute());
        return row;
    }

    /**
     * Replaces the record of talks that still hold {@code before} offers; empty when they are gone or
     * were changed meanwhile.
     */
    public Optional<Row> replace(String id, int before, String record, int offers) {
        int n = jdbi.withHandle(h -> h.createUpdate("UPDATE talks SET record = :r, offers = :n, updated = :u"
                + " WHERE id = :id AND offers = :before").bind("r", record).bind("n", offers).bind("u", clock.millis())
                .bind("id", id).bind("before", before).execute());
        return n == 0 ? Optional.empty() : get(id);
    }

    /** The talks with this id. */
    public Optional<Row> get(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM talks WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> row(rs.getString("record"), rs)).findOne());
    }

    /** A case's talks, most recently changed first. */
    public List<Row> list(String caseId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM talks WHERE case_id = :c ORDER BY updated DESC, id")
                .bind("c", caseId).map((rs, ctx) -> row(rs.getString("record"), rs)).list());
    }

    private static Row row(String record, java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getString("id"), rs.getString("case_id"), record, rs.getInt("offers"), rs.getLong("seed"),
                rs.getLong("created"), rs.getLong("updated"));
    }
}
