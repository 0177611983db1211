package org.detente.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.detente.rehearsal.AbandonedAgent;
import org.detente.rehearsal.CappedSession;
import org.detente.rehearsal.EngineFailure;
import org.detente.rehearsal.SessionSink;
import org.detente.rehearsal.SessionSpec;
import org.detente.tournament.SessionRecord;
import org.detente.tournament.Totals;
import org.detente.tournament.TournamentEngine;

/**
 * {@code detente tournament --engine spark}: the sessions on a {@link SparkExecutor}, the results
 * also as Parquet, the per-agent totals reduced by Spark from that table.
 *
 * <p>The Spark session: the one already running in this JVM if there is one (it is then left
 * running), else a new one from {@code spark.*} system properties (which is how {@code spark-submit}
 * passes its settings) and {@code --master}; without a master, {@code local[N]} with N the
 * {@code --threads} (default: every core). In local mode the driver binds to 127.0.0.1 and the web
 * UI is off, unless {@code spark.driver.host}, {@code spark.driver.bindAddress} or
 * {@code spark.ui.enabled} say otherwise.
 *
 * <p>On a cluster (any master but {@code local}), Détente's own jars and class folders, when the
 * command line names them ({@link Settings#code()}: it does when it starts Spark's JVM itself), are
 * shipped to the executors, so that {@code --master spark://…} needs no application jar; through
 * {@code spark-submit}, the application jar carries them. A session that cannot start, and a job that
 * fails, are an {@link EngineFailure}.
 *
 * <p>Plug-in agent jars are shipped to the executors ({@code SparkContext.addJar}); a worker loads
 * them from the same path when it sees one (local mode, a shared file system), else from the jars
 * Spark fetched onto its class path.
 */
public final class SparkEngine implements TournamentEngine {
    /** Loopback: a local-mode driver listens on nothing else. */
    static final String LOOPBACK = "127.0.0.1";

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public Run start(Settings settings) {
        var running = SparkSession.getDefaultSession();
        SparkSession spark;
        try {
            spark = running.isDefined() ? running.get() : SparkSession.builder()
                    .config(conf(settings.master(), settings.threads())).getOrCreate();
        } catch (RuntimeException e) {
            throw EngineFailure.ofEngine("Spark did not start: " + SparkExecutor.oneLine(e), e);
        }
        Path shipped = null;
        try {
            if (!spark.sparkContext().isLocal()) {
                shipped = ship(spark, settings.code());
            }
            for (Path jar : settings.agentJars()) {
                spark.sparkContext().addJar(jar.toAbsolutePath().toString());
            }
            SparkExecutor executor = SparkExecutor.of(spark, settings.scenarioFiles());
            if (!settings.agentJars().isEmpty()) {
                executor = executor.withAgents(new JarAgents(settings.agentJars().stream()
                        .map(j -> j.toAbsolutePath().toString()).toList()));
            }
            return new SparkRun(spark, executor, !running.isDefined(), shipped);
        } catch (IOException e) {
            if (!running.isDefined()) {
                spark.stop();
            }
            delete(shipped);
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sends Détente's code to the executors of a cluster (they have Spark, not Détente): each jar as
     * it is, each class folder packed into a jar in a temporary folder for this run.
     *
     * @return that folder (deleted when the run closes), or null if nothing was packed
     */
    private static Path ship(SparkSession spark, List<Path> code) throws IOException {
        if (code.isEmpty()) {
            return null; // spark-submit's application jar carries it
        }
        Path into = Files.createTempDirectory("detente-code");
        for (Path jar : CodeJars.of(code, into)) {
            spark.sparkContext().addJar(jar.toAbsolutePath().toString());
        }
        return into;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // a temporary folder left behind; nothing depends on it
        }
    }

    /**
     * The configuration of a new session.
     *
     * @param master  the master URL, or null for {@code spark.master} or else {@code local[threads]}
     * @param threads local threads when no master is given, or null for every core
     */
    static SparkConf conf(String master, Integer threads) {
        SparkConf conf = new SparkConf(); // reads spark.* system properties, as spark-submit sets them
        conf.setIfMissing("spark.app.name", "detente tournament");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[" + (threads == null ? "*" : threads.toString()) + "]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.driver.host", LOOPBACK);
            conf.setIfMissing("spark.driver.bindAddress", LOOPBACK);
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        return conf;
    }

    private record SparkRun(SparkSession spark, SparkExecutor executor, boolean owned, Path shipped) implements Run {
        @Override
        public void execute(List<SessionSpec> specs, SessionSink sink) throws InterruptedException {
            executor.execute(specs, sink);
        }

        @Override
        public List<AbandonedAgent> abandoned() {
            return executor.abandoned();
        }

        @Override
        public List<CappedSession> capped() {
            return executor.capped();
        }

        @Override
        public List<Totals> summarize(Path dir, List<String> agents, List<SessionRecord> records) {
            String location = SparkResults.location(spark, dir);
            SparkResults.write(spark, records, location);
            return SparkResults.totals(spark, location, agents);
        }

        @Override
        public void close() {
            if (owned) {
                spark.stop();
                delete(shipped); // a session left running may still send the jars to new executors
            }
        }
    }
}
