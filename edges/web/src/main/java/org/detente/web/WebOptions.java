package org.detente.web;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How {@code detente serve} runs.
 *
 * @param host            the address to bind (loopback by default)
 * @param port            the port (0: any free port)
 * @param db              the store: a JDBC URL ({@code jdbc:postgresql://…}, {@code jdbc:sqlite:FILE})
 *                        or an SQLite file path
 * @param maxRequestBytes the largest request body accepted (larger ones get 413)
 * @param allowedHosts    further names the server answers to in the {@code Host} header (a DNS name
 *                        of this machine, a reverse proxy's name), besides the bound one
 * @param mediationIdle   how long a mediated session waits without anyone confiding or answering
 *                        before it is closed (recorded as expired)
 */
public record WebOptions(String host, int port, String db, long maxRequestBytes, List<String> allowedHosts,
                         Duration mediationIdle) {
    /** The default host: loopback only. */
    public static final String LOOPBACK = "127.0.0.1";
    /** The default store file, in the working directory. */
    public static final String DEFAULT_DB = "detente-workbench.db";
    /** The default request size limit: 4 MiB (a GENIUS domain with its profiles is far smaller). */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 4L << 20;
    /** The default idle timeout of a mediated session. */
    public static final Duration DEFAULT_MEDIATION_IDLE = Duration.ofMinutes(30);

    /** @throws IllegalArgumentException if the port or the limit is out of range */
    public WebOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(db, "db");
        allowedHosts = List.copyOf(allowedHosts);
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port must be in [0, 65535], not " + port);
        }
        if (maxRequestBytes < 1024) {
            throw new IllegalArgumentException("the request size limit must be at least 1 KiB, not " + maxRequestBytes);
        }
        Objects.requireNonNull(mediationIdle, "mediationIdle");
        if (mediationIdle.isNegative() || mediationIdle.isZero()) {
            throw new IllegalArgumentException("--mediation-idle-timeout must be positive, not " + mediationIdle);
        }
    }

    /** Loopback, the given port and store, the default size limit and idle timeout. */
    public static WebOptions of(int port, String db) {
        return new WebOptions(LOOPBACK, port, db, DEFAULT_MAX_REQUEST_BYTES, List.of(), DEFAULT_MEDIATION_IDLE);
    }

    /** These options with another idle timeout for mediated sessions. */
    public WebOptions withMediationIdle(Duration d) {
        return new WebOptions(host, port, db, maxRequestBytes, allowedHosts, d);
    }
}
