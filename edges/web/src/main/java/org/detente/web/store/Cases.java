package org.detente.web.store;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

/** Stored cases: each a native case JSON text with a revision that grows on every change. */
public final class Cases {
    private final Jdbi jdbi;
    private final Clock clock;

    Cases(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * A stored case.
     *
     * @param id       its id
     * @param name     the case's name
     * @param body     the native case JSON
     * @param revision 1 when created, one more on every update
     * @param created  creation time, epoch ms
     * @param updated  last update, epoch ms
     */
    public record Row(String id, String name, String body, int revision, long created, long updated) {
    }

    /** Stores a new case and returns it. */
    public Row create(String name, String body) {
        long now = clock.millis();
        Row row = new Row(Store.newId(), name, body, 1, now, now);
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO cases (id, name, body, revision, created, updated)"
                        + " VALUES (:id, :name, :body, :revision, :created, :updated)")
                .bindMethods(row).execute());
        return row;
    }

    /** Replaces a case's content; empty if there is no such case. */
    public Optional<Row> update(String id, String name, String body) {
        long now = clock.millis();
        int n = jdbi.withHandle(h -> h.createUpdate("UPDATE cases SET name = :name, body = :body,"
                        + " revision = revision + 1, updated = :now WHERE id = :id")
                .bind("id", id).bind("name", name).bind("body", body).bind("now", now).execute());
        return n == 0 ? Optional.empty() : get(id);
    }

    /** The case with this id. */
    public Optional<Row> get(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM cases WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> new Row(rs.getString("id"), rs.getString("name"), rs.getString("body"),
                        rs.getInt("revision"), rs.getLong("created"), rs.getLong("updated")))
                .findOne());
    }

    /** Every case, without bodies (empty strings), most recently updated first. */
    public List<Row> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, name, revision, created, updated FROM cases"
                        + " ORDER BY updated DESC, id")
                .map((rs, ctx) -> new Row(rs.getString("id"), rs.getString("name"), "", rs.getInt("revision"),
                        rs.getLong("created"), rs.getLong("updated")))
                .list());
    }

    /** Deletes a case and everything stored about it; whether it existed. */
    public boolean delete(String id) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM cases WHERE id = :id").bind("id", id).execute()) > 0;
    }
}
