package org.detente.web.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The workbench's store: an SQLite file by default, or a PostgreSQL database named by a JDBC URL.
 * Opening it applies the Flyway migrations ({@code db/migration}); the same portable SQL runs on
 * both. Cases, analyses, rehearsals, tournaments, play sessions, briefs and live talks are kept here, each behind its
 * own small repository. Each opened store is one server's: its running work is leased in its name
 * ({@link #renewLeases()}).
 */
public final class Store implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    private final Jdbi jdbi;
    private final Clock clock;
    private final String owner = newId();
    private final String description;
    private final Cases cases;
    private final Analyses analyses;
    private final Rehearsals rehearsals;
    private final Tournaments tournaments;
    private final Plays plays;
    private final Plays mediations;
    private final Briefs briefs;
    private volatile boolean closed;
    private final Talks talks;

    private Store(DataSource ds, String description, Clock clock) {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        // each repository call opens its own connection and closes it; none is opened once the store is closed
        this.jdbi = Jdbi.create(() -> {
            if (closed) {
                throw new IllegalStateException("the store " + description + " is closed");
            }
            return ds.getConnection();
        });
        this.clock = clock;
        this.description = description;
        this.cases = new Cases(jdbi, clock);
        this.analyses = new Analyses(jdbi, clock);
        this.rehearsals = new Rehearsals(jdbi, clock);
        this.tournaments = new Tournaments(jdbi, clock, owner);
        this.plays = new Plays(jdbi, clock, owner);
        this.mediations = new Plays(jdbi, clock, owner, "mediations", "mediation_seats", "mediation_id");
        this.briefs = new Briefs(jdbi, clock, owner);
        this.talks = new Talks(jdbi, clock);
    }

    /**
     * Opens (and migrates) a store.
     *
     * @param location {@code jdbc:postgresql://…} for PostgreSQL, {@code jdbc:sqlite:FILE} or a plain
     *                 file path for SQLite
     * @param clock    the clock that stamps rows
     * @return the store
     * @throws IllegalArgumentException if the URL names another database
     * @throws org.flywaydb.core.api.FlywayException if the database cannot be reached or migrated
     */
    public static Store open(String location, Clock clock) {
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(location);
            return new Store(ds, "PostgreSQL " + withoutSecrets(location), clock);
        }
        if (lower.startsWith("jdbc:") && !lower.startsWith("jdbc:sqlite:")) {
            throw new IllegalArgumentException("--db: only PostgreSQL (jdbc:postgresql://…) and SQLite"
                    + " (jdbc:sqlite:FILE, or a file path) are supported, not " + withoutSecrets(location));
        }
        String file = lower.startsWith("jdbc:sqlite:") ? location.substring("jdbc:sqlite:".length()) : location;
        Path parent = Path.of(file).toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IllegalArgumentException("--db: the folder " + parent + " does not exist");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setBusyTimeout(10_000);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file);
        return new Store(ds, "SQLite " + Path.of(file).toAbsolutePath(), clock);
    }

    /** A URL without its password, for messages. */
    static String withoutSecrets(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /**
     * Renews the leases on this store's running work (see {@link Jobs}) and records as interrupted
     * the running work of servers whose leases have expired; a server calls it when it starts and
     * every {@link Jobs#RENEW}. Work that another live server runs is left alone.
     *
     * @return how many rows were recorded as interrupted
     */
    public int renewLeases() {
        int interrupted = 0;
        for (String table : Jobs.TABLES) {
            Jobs.renew(jdbi, clock, table, owner);
            interrupted += Jobs.interruptExpired(jdbi, clock, table);
        }
        return interrupted;
    }

    /** Which database this is, for people (no password). */
    public String description() {
        return description;
    }

    /** The cases. */
    public Cases cases() {
        return cases;
    }

    /** The stored analyses. */
    public Analyses analyses() {
        return analyses;
    }

    /** The stored rehearsal sessions. */
    public Rehearsals rehearsals() {
        return rehearsals;
    }

    /** The tournament runs. */
    public Tournaments tournaments() {
        return tournaments;
    }

    /** The play sessions. */
    public Plays plays() {
        return plays;
    }

    /** The mediated sessions between people (the same shape as play sessions). */
    public Plays mediations() {
        return mediations;
    }

    /** The preparation briefs. */
    public Briefs briefs() {
        return briefs;
    }

    /**
     * Closes the store: every later call fails with {@link IllegalStateException}, so nothing is
     * written after the server has stopped. The store holds no connection between calls, so there is
     * nothing else to release.
     */
    @Override
    public void close() {
        closed = true;
    }

    /** Live talks. */
    public Talks talks() {
        return talks;
    }

    /** A new random id: 16 characters, 80 random bits. */
    public static String newId() {
        char[] c = new char[16];
        for (int i = 0; i < c.length; i++) {
            c[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(c);
    }
}
