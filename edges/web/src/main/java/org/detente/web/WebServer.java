package org.detente.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.detente.rehearsal.AgentRegistry;
import org.detente.rehearsal.agents.BuiltInAgents;
import org.detente.web.store.Jobs;
import org.detente.web.store.Store;

import org.flywaydb.core.api.FlywayException;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson3;

/**
 * The workbench server: the pages under {@code /} and the HTTP JSON API under {@code /api}
 * (documented in {@code /api/openapi.yaml}), on a store.
 *
 * <p>Who may call what: the workbench (cases, analyses, rehearsals, tournaments, conflicts) answers
 * requests from this machine only; from any other address — possible only when the server is bound
 * to a non-loopback host — just the play page, its assets and {@code /api/play/{token}} answer, so a
 * participant reaches nothing but their own seat through their secret link. Every request first
 * passes {@link RequestGuard}: the {@code Host} must name this server, a change must come from its own
 * pages ({@code Origin}), and a body must have the type its endpoint reads.
 */
public final class WebServer implements AutoCloseable {
    /** Internal errors (stack traces stay in the log, never in answers), refusals and warnings. */
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    /** Apache ECharts' browser build inside its WebJar (org.webjars.npm:echarts, a dependency of this module). */
    static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
    private final Javalin app;
    private final Store store;
    private final List<Part> parts;

    private WebServer(Javalin app, Store store, List<Part> parts) {
        this.app = app;
        this.store = store;
        this.parts = parts;
    }

    /**
     * A part of the server that {@link #close()} stops.
     *
     * @param name  what it is, for messages ({@code "the store"})
     * @param close how to stop it
     */
    record Part(String name, AutoCloseable close) {
    }

    /**
     * Opens the store and starts serving.
     *
     * @param options host, port, store, limits
     * @return the running server
     * @throws IllegalArgumentException if the store URL names an unsupported database
     */
    public static WebServer start(WebOptions options) {
        return start(options, BuiltInAgents.registry());
    }

    /**
     * Opens the store and starts serving, with these agents for rehearsals and tournaments.
     *
     * @param options host, port, store, limits
     * @param agents  the agents offered (the built-in ones, the class path's, plug-in jars')
     * @return the running server
     * @throws IllegalArgumentException if the store URL names an unsupported database
     */
    public static WebServer start(WebOptions options, AgentRegistry agents) {
        Store store;
        try {
            store = Store.open(options.db(), Clock.systemUTC());
        } catch (FlywayException e) {
            throw new IllegalStateException("cannot open the store " + options.db().replaceAll("(?i)(password=)[^&;]*", "$1***")
                    + ": " + e.getMessage(), e);
        }
        store.renewLeases(); // what a server that is gone left running is interrupted; a live one's is left alone
        var leases = Background.every("detente-leases", Jobs.RENEW, () -> {
            try {
                store.renewLeases();
            } catch (RuntimeException e) {
                LOG.warn("detente serve: cannot renew the leases on running work in {}: {}", store.description(), e.toString());
            }
        });
        Workbench wb = new Workbench(store, agents);
        TournamentApi tournaments = new TournamentApi(wb);
        PlayRooms plays = new PlayRooms(wb);
        BriefApi briefs = new BriefApi(wb);
        MediationRooms mediations = new MediationRooms(wb, options.mediationIdle());
        var idle = Background.every("detente-mediation-idle", mediations.sweep(), () -> {
            try {
                mediations.closeIdle();
            } catch (RuntimeException e) {
                LOG.warn("detente serve: cannot close idle mediated sessions: {}", e.toString());
            }
        });
        RequestGuard guard = RequestGuard.forHost(options.host(), options.allowedHosts(), options.maxRequestBytes());
        if (!RequestGuard.loopback(options.host())) {
            LOG.warn("detente serve: warning: listening on {}, reachable from other machines; they get only the play"
                    + " and mediation pages and /api/play/{token}, /api/mediation/{token}, and requests must name one of {} (Host header)", options.host(),
                    String.join(", ", guard.hosts()));
        }
        Javalin app = Javalin.create(config -> {
            config.jetty.host = options.host();
            config.jetty.port = options.port();
            config.http.maxRequestSize = options.maxRequestBytes();
            config.jetty.multipartConfig.maxTotalRequestSize(options.maxRequestBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxFileSize(options.maxRequestBytes(), SizeUnit.BYTES);
            config.jsonMapper(new JavalinJackson3(Requests.JSON, false));
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = "/org/detente/web/public";
                s.location = Location.CLASSPATH;
            });
            config.routes.before(guard::check);
            Errors.register(config.routes);
            new Pages().register(config.routes);
            config.routes.get("/vendor/echarts.min.js", ctx -> ctx.contentType("text/javascript")
                    .header("Cache-Control", "max-age=86400").result(WebServer.class.getResourceAsStream(ECHARTS)));
            config.routes.get("/api/openapi.yaml", ctx -> ctx.contentType("application/yaml")
                    .result(WebServer.class.getResourceAsStream("openapi.yaml")));
            new CaseApi(wb).register(config.routes);
            new AnalysisApi(wb).register(config.routes);
            new RehearsalApi(wb).register(config.routes);
            tournaments.register(config.routes);
            new ConflictApi().register(config.routes);
            plays.register(config.routes);
            mediations.register(config.routes);
            briefs.register(config.routes);
            new LiveApi(wb).register(config.routes);
        });
        // stopped in this order: no new request, then the work in the background, then the store it writes to
        List<Part> parts = List.of(new Part("the HTTP server", app::stop), new Part("the running tournament", tournaments),
                new Part("the play sessions", plays), new Part("the brief being computed", briefs),
                new Part("the idle mediations' sweep", idle::shutdownNow),
                new Part("the leases' renewal", leases::shutdownNow), new Part("the store", store));
        try {
            app.start();
        } catch (JavalinBindException e) {
            var failure = new IllegalStateException("cannot listen on " + options.host() + ":" + options.port() + ": "
                    + e.getMessage(), e);
            try {
                closeAll(parts);
            } catch (IllegalStateException more) {
                failure.addSuppressed(more);
            }
            throw failure;
        }
        return new WebServer(app, store, parts);
    }

    /** The port it listens on. */
    public int port() {
        return app.port();
    }

    /** The store, for messages (its package is exported to the command line only). */
    @SuppressWarnings("exports")
    public Store store() {
        return store;
    }

    /**
     * Stops serving, stops the running tournament, plays and brief (recorded as interrupted on the
     * next start), then closes the store. Every part is stopped even if another fails.
     *
     * @throws IllegalStateException if a part failed to stop: naming each that failed, with their
     *                               errors (the first as the cause, the others suppressed), each also logged
     */
    @Override
    public void close() {
        closeAll(parts);
    }

    /** Closes every part in order, whatever fails; then reports every failure at once. */
    static void closeAll(List<Part> parts) {
        List<String> failed = new ArrayList<>();
        List<Exception> errors = new ArrayList<>();
        for (Part p : parts) {
            try {
                p.close().close();
            } catch (Exception e) {
                LOG.error("detente serve: cannot stop {}", p.name(), e);
                failed.add(p.name() + " (" + e.getMessage() + ")");
                errors.add(e);
            }
        }
        if (!errors.isEmpty()) {
            var failure = new IllegalStateException("cannot stop " + String.join("; ", failed), errors.get(0));
            errors.subList(1, errors.size()).forEach(failure::addSuppressed);
            throw failure;
        }
    }
}
