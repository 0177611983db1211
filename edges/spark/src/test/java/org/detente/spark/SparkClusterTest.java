package org.detente.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.detente.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Spark standalone cluster on loopback (issue 17, item 7b): a master and a worker in their
 * own JVMs, started from a Spark installation made of this module's Spark jars (Spark and its
 * libraries, but neither Détente nor the libraries only Détente uses, such as Jackson 3), the
 * executors in JVMs the worker starts with that installation's class path. Both ways of running a tournament there give the in-JVM rows:
 * the command line's own launch ({@code ./detente … --engine spark --master spark://…}, which ships
 * Détente's code and the agent jar to the executors) and {@code spark-submit} with the built
 * {@code detente-spark.jar}. Without shipped code the job fails, and says so in one line with its own
 * exit code.
 *
 * <p>Needs the packaged module ({@code target/detente-spark.classpath}, {@code detente-spark.jar}):
 * tagged {@code packaged}, it runs in the {@code integration-test} phase.
 */
@Tag("slow")
@Tag("packaged")
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class SparkClusterTest {
    private static final Path TARGET = Path.of("target").toAbsolutePath().normalize();
    private static final String LOOPBACK = "127.0.0.1";
    @TempDir
    static Path dir;
    private static final List<Process> STARTED = new ArrayList<>();
    private static List<String> spark;
    private static List<String> jvmOptions;
    private static String master;
    private static Path config;
    private static Path agentJar;
    private static Path local;

    private record Run(int code, String out) {
    }

    @BeforeAll
    static void cluster() throws Exception {
        jvmOptions = List.of(Files.readString(TARGET.resolve("detente-spark.jvmopts")).trim().split("\\s+"));
        spark = installation();
        Path home = dir.resolve("spark-home");
        Files.createDirectories(home.resolve("conf"));
        Path jars = Files.createDirectories(home.resolve("jars"));
        for (String jar : spark) {
            Path name = Path.of(jar).getFileName();
            Path link = Files.exists(jars.resolve(name)) ? jars.resolve(spark.indexOf(jar) + "-" + name) : jars.resolve(name);
            Files.createSymbolicLink(link, Path.of(jar));
        }
        int port = freePort();
        master = "spark://" + LOOPBACK + ":" + port;
        Process m = java("master", home, spark, List.of("-Xmx512m"), List.of("org.apache.spark.deploy.master.Master",
                "--host", LOOPBACK, "--port", String.valueOf(port), "--webui-port", String.valueOf(freePort())));
        awaitLog(m, "master", "I have been elected leader");
        Process w = java("worker", home, spark, List.of("-Xmx512m"), List.of("org.apache.spark.deploy.worker.Worker", master,
                "--host", LOOPBACK, "--port", String.valueOf(freePort()), "--webui-port", String.valueOf(freePort()),
                "--cores", "2", "--memory", "2g", "--work-dir", dir.resolve("work").toString()));
        awaitLog(w, "worker", "Successfully registered with master");

        var files = TestSpark.scenarioFiles();
        agentJar = org.detente.testing.AgentJar.stubborn(dir.resolve("agent"));
        config = dir.resolve("t.yaml");
        Files.writeString(config, String.join("\n", "seed: 7", "rounds: 60", "repetitions: 2",
                "agents: [boulware, stubborn, random]", "scenarios:",
                "  - case: " + files.get("apartment-lease").get(0),
                "  - name: energy",
                "    domain: " + files.get("energy").get(0),
                "    profiles: [" + files.get("energy").get(1) + ", " + files.get("energy").get(2) + "]", ""));
        local = dir.resolve("local");
        StringWriter out = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(out), "tournament", config.toString(), "--out",
                local.toString(), "--no-progress", "--agent-jar", agentJar.toString());
        assertThat(code).as(out.toString()).isZero();
    }

    @AfterAll
    static void stop() throws Exception {
        List<Process> started = new ArrayList<>(STARTED);
        java.util.Collections.reverse(started); // the worker before the master
        for (Process p : started) {
            p.descendants().forEach(ProcessHandle::destroyForcibly); // the worker's executors
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        // the installation's links, removed here: the temporary folder's clean-up warns about each
        Path jars = dir.resolve("spark-home/jars");
        if (Files.isDirectory(jars)) {
            try (var links = Files.list(jars)) {
                for (Path link : links.toList()) {
                    Files.delete(link);
                }
            }
        }
    }

    /**
     * A Spark installation: Spark's libraries as Maven resolves them for this module
     * ({@code target/spark.classpath}), plus the few that Maven counts on Détente's side because both
     * use them (a Spark distribution has them too) — but neither Détente nor the libraries only
     * Détente uses (Jackson 3, the JSON Schema validator, picocli…), which a cluster does not have.
     */
    private static List<String> installation() throws Exception {
        List<String> jars = new ArrayList<>(List.of(Files.readString(TARGET.resolve("spark.classpath")).trim()
                .split(File.pathSeparator)));
        for (String e : Files.readString(TARGET.resolve("detente-spark.classpath")).trim().split(File.pathSeparator)) {
            String name = Path.of(e).getFileName().toString();
            if (name.matches("(jackson-annotations|slf4j-api|jakarta\\.servlet-api|jakarta\\.annotation-api"
                    + "|jakarta\\.inject-api|checker-qual)-.*\\.jar")) {
                jars.add(e);
            }
        }
        return jars;
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return s.getLocalPort();
        }
    }

    /** Starts a JVM with Spark's options, its output into {@code NAME.log}; destroyed after the tests. */
    private static Process java(String name, Path sparkHome, List<String> classPath, List<String> options,
                                List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvmOptions);
        cmd.addAll(options);
        cmd.addAll(List.of("-cp", String.join(File.pathSeparator, classPath)));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
        Map<String, String> env = pb.environment();
        env.put("SPARK_HOME", sparkHome.toString());
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("SPARK_LOCAL_IP", LOOPBACK);
        env.put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        STARTED.add(p);
        return p;
    }

    private static String log(String name) throws Exception {
        return Files.readString(dir.resolve(name + ".log"), StandardCharsets.UTF_8);
    }

    private static void awaitLog(Process p, String name, String line) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!log(name).contains(line)) {
            if (!p.isAlive() || System.nanoTime() > until) {
                throw new AssertionError("the " + name + " did not start: " + log(name));
            }
            Thread.sleep(200);
        }
    }

    /** Runs a JVM to its end (at most eight minutes: a loaded machine starts executors slowly), and removes it from the ones to destroy. */
    private static Run finish(String name, Process p) throws Exception {
        try {
            if (!p.waitFor(8, TimeUnit.MINUTES)) {
                throw new AssertionError(name + " did not end in eight minutes: " + log(name));
            }
            return new Run(p.exitValue(), log(name));
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            STARTED.remove(p);
        }
    }

    /** The local run's results, and the plug-in agent played. */
    private static void assertSameAsLocal(Path out) throws Exception {
        SameResults.assertSameAs(local, out);
        assertThat(SameResults.lines(out.resolve("sessions.csv"))).anyMatch(row -> row.contains("stubborn"));
    }

    private static List<String> driverOptions() {
        return List.of("-Xmx1g", "-Dspark.driver.host=" + LOOPBACK, "-Dspark.driver.bindAddress=" + LOOPBACK,
                "-Dspark.executor.memory=512m", "-Dspark.ui.enabled=false");
    }

    @Test
    void theCommandLinesOwnLaunchShipsDetenteToTheExecutors() throws Exception {
        // as ./detente runs it: a JVM without Spark, which starts Spark's from target/
        Path out = dir.resolve("launched");
        List<String> options = new ArrayList<>(driverOptions());
        options.add("-Ddetente.spark.home=" + TARGET);
        Run r = finish("launched", java("launched", dir.resolve("spark-home"),
                List.of(Files.readString(TARGET.resolve("detente-spark.classpath")).trim()), options,
                List.of(Main.class.getName(), "tournament", config.toString(), "--out", out.toString(), "--engine", "spark",
                        "--master", master, "--no-progress", "--agent-jar", agentJar.toString())));
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).contains("36 of 36 sessions").contains("(engine spark)");
        assertSameAsLocal(out);
    }

    @Test
    void sparkSubmitWithTheBuiltJarGivesTheSameRows() throws Exception {
        Path out = dir.resolve("submitted");
        Run r = finish("submitted", java("submitted", dir.resolve("spark-home"), spark, List.of("-Xmx1g"),
                List.of("org.apache.spark.deploy.SparkSubmit", "--master", master, "--deploy-mode", "client",
                        "--class", Main.class.getName(), "--conf", "spark.driver.host=" + LOOPBACK,
                        "--conf", "spark.driver.bindAddress=" + LOOPBACK, "--conf", "spark.executor.memory=512m",
                        "--conf", "spark.ui.enabled=false", "--jars", agentJar.toString(),
                        TARGET.resolve("detente-spark.jar").toString(),
                        "tournament", config.toString(), "--out", out.toString(), "--engine", "spark", "--no-progress",
                        "--agent-jar", agentJar.toString())));
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).contains("36 of 36 sessions");
        assertSameAsLocal(out);
    }

    @Test
    void executorsWithoutDetenteFailTheRunInOneLineWithItsOwnExitCode() throws Exception {
        // the probe's failure: the engine on the driver's class path, nothing shipped to the executors
        Path out = dir.resolve("unshipped");
        List<String> cp = new ArrayList<>(spark);
        cp.add(TARGET.resolve("classes").toString());
        cp.add(Files.readString(TARGET.resolve("detente-spark.classpath")).trim());
        List<String> options = new ArrayList<>(driverOptions());
        options.add("-Dlog4j2.configurationFile=" + TARGET.resolve("log4j2.properties"));
        Run r = finish("unshipped", java("unshipped", dir.resolve("spark-home"), cp, options,
                List.of(Main.class.getName(), "tournament", config.toString(), "--out", out.toString(), "--engine", "spark",
                        "--master", master, "--no-progress", "--agent-jar", agentJar.toString())));
        assertThat(r.code()).as(r.out()).isEqualTo(6);
        assertThat(r.out()).doesNotContain("invalid input");
        assertThat(r.out().lines().filter(l -> l.startsWith("detente:")).toList()).singleElement().asString()
                .contains("the Spark job failed").contains("SessionTicket").contains("the executors lack Détente's classes");
        // no stack trace up to Détente's line; after it, Spark's own threads sometimes print one while Spark stops
        // (a RejectedExecutionException from its shutting-down pool, straight to stderr): known, not Détente's
        int line = r.out().indexOf("detente: the run stopped");
        assertThat(r.out().substring(0, line)).doesNotContain("\tat ");
        String after = r.out().substring(r.out().indexOf('\n', line) + 1);
        assertThat(after.isBlank() || after.startsWith("java.util.concurrent.RejectedExecutionException")).as(after).isTrue();
    }
}
