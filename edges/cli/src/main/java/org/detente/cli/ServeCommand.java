package org.detente.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.detente.formats.InputException;
import org.detente.web.WebOptions;
import org.detente.web.WebServer;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code detente serve}: the web workbench and its HTTP JSON API. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {
            "Serve the web workbench and its HTTP JSON API.",
            "",
            "Build a case in the browser (or import GENIUS / GeniusWeb files),",
            "see its frontier and ZOPA, rehearse it between agents, run",
            "tournaments, analyse a standoff, and play it: a person against an",
            "agent, or two people from two browsers, each through a secret link;",
            "then the debrief shows the value left on the table.",
            "",
            "Everything is kept in a store: an SQLite file by default, or a",
            "PostgreSQL database given as a JDBC URL. The API is described at",
            "/api/openapi.yaml. Stop the server with Ctrl-C.",
            ""},
        footer = {"",
            "Examples:",
            "  detente serve                         # http://127.0.0.1:7070/",
            "  detente serve --port 8080 --db /srv/detente/workbench.db",
            "  detente serve --db 'jdbc:postgresql://127.0.0.1/detente?user=u&password=p'",
            "  detente serve --host 0.0.0.0          # players join from other machines",
            "",
            "Bound to another host than loopback, the server answers other machines",
            "only on the play page and /api/play/{token}; the workbench stays local",
            "(a warning says so). Every request must name this server in its Host",
            "header (421 otherwise: no DNS rebinding); a change must come from its",
            "own pages (403 for another site's Origin); a body must be JSON (or the",
            "case's YAML, or an import's multipart form): 415 otherwise.",
            "",
            "Exit codes: 0 stopped · 2 usage error · 3 the store or the address",
            "cannot be used"})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "P", defaultValue = "7070",
            description = "Port to listen on (default ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--host", paramLabel = "H", defaultValue = WebOptions.LOOPBACK,
            description = "Address to bind (default ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--db", paramLabel = "URL", defaultValue = WebOptions.DEFAULT_DB,
            description = "The store: an SQLite file (default ${DEFAULT-VALUE}, in the working directory), jdbc:sqlite:FILE, or jdbc:postgresql://HOST/DB?user=U&password=P.")
    String db;

    @Option(names = "--max-request-size", paramLabel = "BYTES", defaultValue = "" + WebOptions.DEFAULT_MAX_REQUEST_BYTES,
            description = "Largest request body accepted (default ${DEFAULT-VALUE}); larger ones get HTTP 413.")
    long maxRequestBytes;

    @Option(names = "--allow-host", paramLabel = "NAME",
            description = "A further name this server answers to (a DNS name of this machine, a reverse proxy's name);"
                    + " requests naming any other host get HTTP 421. Repeatable.")
    List<String> allowedHosts = new ArrayList<>();

    @Option(names = "--mediation-idle-timeout", paramLabel = "DURATION", defaultValue = "30m",
            description = "How long a mediated session waits without anyone confiding or answering before it is closed"
                    + " and recorded as expired (default ${DEFAULT-VALUE}; e.g. 90s, 2m).")
    String mediationIdle;

    @CommandLine.Mixin
    AgentJarsMixin agentJars;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException, InputException {
        WebOptions options;
        try {
            Duration idle;
            try {
                idle = DeadlineOptions.duration(mediationIdle);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("--mediation-idle-timeout must be a positive duration such as 30m,"
                        + " 90s or 500ms, was '" + mediationIdle + "'");
            }
            options = new WebOptions(host, port, db, maxRequestBytes, allowedHosts, idle);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        WebServer server = WebServer.start(options, agentJars.registry(List.of()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "detente-serve-stop"));
        var out = spec.commandLine().getOut();
        String shown = host.contains(":") ? "[" + host + "]" : host;
        out.println("Détente workbench on http://" + shown + ":" + server.port() + "/  (Ctrl-C stops it)");
        out.println("store: " + server.store().description());
        out.flush();
        stopped.await();
        return ExitCode.OK;
    }
}
