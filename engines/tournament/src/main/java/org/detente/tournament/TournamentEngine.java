package org.detente.tournament;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.detente.rehearsal.AbandonedAgent;
import org.detente.rehearsal.CappedSession;
import org.detente.rehearsal.AgentRegistry;
import org.detente.rehearsal.Clock;
import org.detente.rehearsal.LocalExecutor;
import org.detente.rehearsal.SessionExecutor;
import org.detente.rehearsal.SessionSink;
import org.detente.rehearsal.SessionSpec;
import org.detente.rehearsal.TraceWindow;
import org.detente.rehearsal.mediation.Mediation;

/**
 * An engine that runs a tournament's sessions elsewhere than on this JVM's threads, chosen with
 * {@code detente tournament --engine NAME}. Implementations are found through
 * {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/org.detente.tournament.TournamentEngine}); the everyday command line has
 * none on its class path and starts a JVM that has.
 *
 * <p>The caller keeps everything else: the plan, the {@link ResultStore}, resuming, progress. The
 * engine runs the sessions it is given (streaming each result to the sink, once) and computes the
 * per-agent {@link Totals}.
 */
public interface TournamentEngine {
    /**
     * This JVM's engine, started: the sessions — alternating offers or single-text — on
     * {@code threads} local threads ({@link LocalExecutor}), the totals by {@link Totals#of}.
     *
     * @param threads  sessions run at once, or null for one per available processor
     * @param registry where agents are looked up
     * @throws IllegalArgumentException if threads is below 1
     */
    static Run local(Integer threads, AgentRegistry registry) {
        LocalExecutor executor = new LocalExecutor(threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                Mediation.anyProtocol(registry), Clock.SYSTEM, TraceWindow.NONE);
        return new Run() {
            @Override
            public void execute(List<SessionSpec> specs, SessionSink sink) throws InterruptedException {
                executor.execute(specs, sink);
            }

            @Override
            public List<Totals> summarize(Path dir, List<String> agents, List<SessionRecord> records) {
                return Totals.of(agents, records);
            }

            @Override
            public List<AbandonedAgent> abandoned() {
                return executor.abandoned();
            }

            @Override
            public void close() {
                // nothing held
            }
        };
    }

    /** The name given to {@code --engine}, lower case. */
    String name();

    /**
     * Starts the engine for one tournament.
     *
     * @throws IllegalArgumentException if the settings cannot be used (for example an unknown master)
     */
    Run start(Settings settings);

    /**
     * What the engine is given.
     *
     * @param master        where to run, in the engine's words (for Spark {@code local[N]},
     *                      {@code spark://HOST:PORT}, {@code yarn}), or null for its default
     * @param threads       {@code --threads}, or null
     * @param scenarioFiles each scenario's files (a case file, or a domain and its profiles) by
     *                      scenario name: workers rebuild the scenarios from them
     * @param agentJars     plug-in jars of third-party agents, for the engine to ship to its workers
     * @param code          the jars and class folders that hold Détente and its libraries, for an
     *                      engine whose workers run in other JVMs to ship there; empty when the
     *                      workers have them already (for example through {@code spark-submit}'s
     *                      application jar)
     */
    record Settings(String master, Integer threads, Map<String, List<Path>> scenarioFiles, List<Path> agentJars,
                    List<Path> code) {
        /** Copies the map and the lists. */
        public Settings {
            scenarioFiles = Map.copyOf(scenarioFiles);
            agentJars = List.copyOf(agentJars);
            code = List.copyOf(code);
        }
    }

    /** A started engine: runs sessions, then summarises; {@link #close()} releases it. */
    interface Run extends SessionExecutor, AutoCloseable {
        /**
         * After the sessions ran: writes the engine's own copy of the results into {@code dir} (if it
         * keeps one) and computes each agent's totals from every record.
         *
         * @param dir     the output directory
         * @param agents  the tournament's agents, in order
         * @param records every finished session's record
         * @return one {@link Totals} per agent, in the order given, as {@link Totals#of} defines them
         * @throws IOException if the results cannot be written
         */
        List<Totals> summarize(Path dir, List<String> agents, List<SessionRecord> records) throws IOException;

        /**
         * The forfeited agents whose threads ignored their interrupt and still run on this JVM, with
         * the CPU they have used since (see {@link LocalExecutor#abandoned()}); none for an engine
         * whose sessions run elsewhere.
         */
        default List<AbandonedAgent> abandoned() {
            return List.of();
        }

        /**
         * The sessions with a time deadline that stopped at a cap on rounds the engine set itself (on
         * Spark each executor caps them by its own memory), before their time; none where the caller
         * sets the cap, as for this JVM's engine (the deadline it is given carries it).
         */
        default List<CappedSession> capped() {
            return List.of();
        }

        /** Releases what {@link #start} took. */
        @Override
        void close();
    }
}
