package org.detente.web.store;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The states of the work the server runs in the background (tournaments, plays, briefs), as stored
 * in their tables' {@code status} column, and the leases that keep two servers on one database from
 * touching each other's running work.
 *
 * <p>A lease: a running row names its server ({@code owner}) and an expiry ({@code lease_until});
 * the server renews it every {@link #RENEW} while it lives. A row still running when its lease has
 * expired belongs to a server that is gone: any server then records it as {@link #INTERRUPTED}.
 */
public final class Jobs {
    /** Running (on the server that holds its lease). */
    public static final String RUNNING = "running";
    /** Finished. */
    public static final String FINISHED = "finished";
    /** Stopped on an error (the row says why). */
    public static final String FAILED = "failed";
    /** The server that ran it stopped (or lost its lease) while it ran. */
    public static final String INTERRUPTED = "interrupted";
    /** Closed after no one acted on it for the idle timeout (a mediated session). */
    public static final String EXPIRED = "expired";
    /** How long a lease lasts unless renewed. */
    public static final Duration LEASE = Duration.ofSeconds(30);
    /** How often a server renews its leases: three times a lease, so one late renewal loses nothing. */
    public static final Duration RENEW = LEASE.dividedBy(3);
    /** The tables whose rows are leased. */
    static final List<String> TABLES = List.of("tournaments", "plays", "mediations", "briefs");

    private Jobs() {
    }

    /** Makes the row {@code id} of {@code table} this owner's, for one lease from now. */
    static void claim(Handle h, Clock clock, String table, String id, String owner) {
        h.createUpdate("UPDATE " + table + " SET owner = :o, lease_until = :u WHERE id = :id").bind("o", owner)
                .bind("u", clock.millis() + LEASE.toMillis()).bind("id", id).execute();
    }

    /** Renews the leases of this owner's running rows of {@code table}; returns how many. */
    static int renew(Jdbi jdbi, Clock clock, String table, String owner) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE " + table + " SET lease_until = :u WHERE status = :r AND owner = :o")
                .bind("u", clock.millis() + LEASE.toMillis()).bind("r", RUNNING).bind("o", owner).execute());
    }

    /**
     * Marks every row of {@code table} running under an expired lease (or none) as {@link #INTERRUPTED};
     * returns how many.
     */
    static int interruptExpired(Jdbi jdbi, Clock clock, String table) {
        long now = clock.millis();
        return jdbi.withHandle(h -> h.createUpdate("UPDATE " + table + " SET status = :i, finished = :f"
                        + " WHERE status = :r AND (lease_until IS NULL OR lease_until < :now)")
                .bind("i", INTERRUPTED).bind("f", now).bind("r", RUNNING).bind("now", now).execute());
    }
}
