package org.detente.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs {@code detente} again in a JVM that has an optional engine's module on its class path, so
 * that the everyday command line carries none of it (Spark and its few hundred MB of libraries).
 *
 * <p>The engine's build writes into its {@code target/} directory: {@code classes/} (the module),
 * {@code detente-NAME.classpath} (Détente's jars), {@code NAME.classpath} (the engine's own jars),
 * {@code detente-NAME.jvmopts} (JVM options: for Spark, the {@code --add-opens} it needs on JDK 17)
 * and {@code log4j2.properties} (warnings only). That directory is found through the system
 * property {@code detente.NAME.home}, else the environment variable {@code DETENTE_NAME_HOME}, else
 * {@code NAME/target} beside the module that holds this command line's jar (both in {@code edges/}: the
 * jar is {@code edges/cli/target/detente.jar}, the engine's build {@code edges/NAME/target}).
 *
 * <p>The child gets this JVM's {@code -D} and {@code -X} options (so {@code -Dspark.executor.memory=4g}
 * given in {@code DETENTE_JAVA_OPTS} reaches Spark), and this JVM's class path except the command
 * line's own jar (so third-party agents on the class path come along).
 *
 * <p>The child is owned by this JVM: it watches this process ({@link #watchLauncher}) and halts as
 * soon as it is gone, however it ended — {@code kill -9} included, which runs no shutdown hook here.
 * It is told which of its class path entries are Détente's code and libraries (not the engine's own),
 * for an engine that ships them to workers in other JVMs ({@link #code()}).
 */
final class EngineLauncher {
    /** Set in the child, so that a child that still lacks the engine says so rather than looping. */
    static final String RELAUNCHED = "detente.engine.relaunched";
    /** Set in the child: the process id of the JVM that launched it. */
    static final String LAUNCHER = "detente.engine.launcher";
    /** Set in the child: its class path entries that hold Détente and its libraries, not the engine's. */
    static final String CODE = "detente.engine.code";
    private static final long WATCH_MILLIS = 200;

    private EngineLauncher() {
    }

    /** The engine's module is not built, or is built incompletely. */
    static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String message) {
            super(message);
        }
    }

    /**
     * The child's command line.
     *
     * @param engine the engine's name (its module's folder in {@code edges/})
     * @param args   the arguments for {@code detente}
     * @throws Unavailable if the engine's files are missing (the message says how to build them)
     */
    static List<String> command(String engine, List<String> args) throws Unavailable {
        Path home = home(engine);
        String build = "build it once with `./mvnw -B -pl edges/" + engine + " -am package -DskipTests` in the Détente "
                + "project (the first build downloads " + engine + "'s libraries; ./detente does this itself when "
                + "given --engine " + engine + "), or set DETENTE_" + engine.toUpperCase(java.util.Locale.ROOT)
                + "_HOME to the directory that holds its class path files";
        if (home == null || Boolean.getBoolean(RELAUNCHED)) {
            throw new Unavailable("the " + engine + " engine is not on this class path and its build was not found"
                    + (home == null ? "" : " (looked in " + home + ")") + "; " + build);
        }
        Set<String> code = new LinkedHashSet<>();
        List<String> classPath = new ArrayList<>();
        classPath.add(home.resolve("classes").toString());
        List<String> jvm = new ArrayList<>();
        try {
            classPath.addAll(entries(home.resolve("detente-" + engine + ".classpath")));
            code.addAll(classPath); // the module's classes and Détente's jars: not the engine's own
            classPath.addAll(entries(home.resolve(engine + ".classpath")));
            for (String o : Files.readString(home.resolve("detente-" + engine + ".jvmopts"), StandardCharsets.UTF_8)
                    .trim().split("\\s+")) {
                if (!o.isBlank()) {
                    jvm.add(o);
                }
            }
        } catch (IOException e) {
            throw new Unavailable("the " + engine + " engine's build in " + home + " is incomplete (" + e.getMessage()
                    + "); " + build);
        }
        for (String entry : classPath) {
            if (!Files.exists(Path.of(entry))) {
                throw new Unavailable("the " + engine + " engine's class path names " + entry
                        + ", which no longer exists; " + build);
            }
        }
        Set<String> own = ownCodeSource();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank() && !own.contains(Path.of(entry).toAbsolutePath().normalize().toString())) {
                classPath.add(entry);
                code.add(entry);
            }
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm);
        boolean logConfig = false;
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("-D") || a.startsWith("-X")) {
                cmd.add(a);
                logConfig |= a.startsWith("-Dlog4j2.configurationFile=");
            }
        }
        if (!logConfig && Files.exists(home.resolve("log4j2.properties"))) {
            cmd.add("-Dlog4j2.configurationFile=" + home.resolve("log4j2.properties"));
        }
        cmd.add("-D" + RELAUNCHED + "=true");
        cmd.add("-D" + LAUNCHER + "=" + ProcessHandle.current().pid());
        code.removeIf(entry -> !Files.exists(Path.of(entry)));
        cmd.add("-D" + CODE + "=" + String.join(File.pathSeparator, code));
        cmd.add("-cp");
        cmd.add(String.join(File.pathSeparator, new LinkedHashSet<>(classPath)));
        cmd.add(Main.class.getName());
        cmd.addAll(args);
        return cmd;
    }

    private static List<String> entries(Path classPathFile) throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : Files.readString(classPathFile, StandardCharsets.UTF_8).trim().split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(entry);
            }
        }
        return entries;
    }

    /**
     * In a child this class launched: Détente's class path entries (folders and jars), which a
     * cluster's workers lack; empty in any other JVM.
     */
    static List<Path> code() {
        String given = System.getProperty(CODE, "");
        List<Path> entries = new ArrayList<>();
        for (String entry : given.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(Path.of(entry));
            }
        }
        return entries;
    }

    /**
     * In a child this class launched: starts a daemon thread that halts this JVM with
     * {@link ExitCode#STOPPED} within {@value #WATCH_MILLIS} ms of the launcher's end (a process id
     * reused by another process counts as the end). Nothing is printed: the launcher, which copied
     * this JVM's output, is gone. Does nothing in any other JVM.
     *
     * @param writes held while halting: code that writes results synchronizes on it, so that the
     *               last line written is whole and none follows
     */
    static void watchLauncher(Object writes) {
        String pid = System.getProperty(LAUNCHER);
        if (pid == null || !pid.matches("[0-9]{1,19}")) {
            return;
        }
        ProcessHandle launcher = ProcessHandle.of(Long.parseLong(pid)).orElse(null);
        java.time.Instant started = launcher == null ? null : launcher.info().startInstant().orElse(null);
        Thread watch = new Thread(() -> {
            try {
                while (launcher != null && launcher.isAlive()
                        && java.util.Objects.equals(started, launcher.info().startInstant().orElse(null))) {
                    Thread.sleep(WATCH_MILLIS);
                }
            } catch (InterruptedException e) {
                return;
            }
            synchronized (writes) {
                Runtime.getRuntime().halt(ExitCode.STOPPED);
            }
        }, "detente-launcher-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /** The engine's build directory if it holds a class path file, else null. */
    static Path home(String engine) {
        String upper = engine.toUpperCase(java.util.Locale.ROOT);
        String given = System.getProperty("detente." + engine + ".home", System.getenv("DETENTE_" + upper + "_HOME"));
        if (given != null && !given.isBlank()) {
            Path p = Path.of(given).toAbsolutePath().normalize();
            return Files.isRegularFile(p.resolve("detente-" + engine + ".classpath")) ? p : null;
        }
        for (String own : ownCodeSource()) {
            // edges/cli/target/detente.jar or edges/cli/target/classes → edges/<engine>/target
            Path target = Path.of(own).getParent();
            Path project = target == null || target.getParent() == null ? null : target.getParent().getParent();
            if (project != null) {
                Path p = project.resolve(engine).resolve("target");
                if (Files.isRegularFile(p.resolve("detente-" + engine + ".classpath"))) {
                    return p;
                }
            }
        }
        return null;
    }

    private static Set<String> ownCodeSource() {
        try {
            var src = Main.class.getProtectionDomain().getCodeSource();
            return src == null ? Set.of() : Set.of(Path.of(src.getLocation().toURI()).toAbsolutePath().normalize().toString());
        } catch (URISyntaxException | SecurityException e) {
            return Set.of();
        }
    }

    /**
     * Runs the child, copying its output and errors to {@code out} and {@code err} as they come.
     *
     * @return the child's exit code
     * @throws IOException if the child cannot be started
     */
    static int run(List<String> command, PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.INHERIT).start();
        Thread stop = new Thread(child::destroy, "detente-engine-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            Thread o = copy(child.getInputStream(), out);
            Thread e = copy(child.getErrorStream(), err);
            int code = child.waitFor();
            o.join();
            e.join();
            return code;
        } finally {
            child.destroy();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
        }
    }

    private static Thread copy(InputStream in, PrintWriter to) {
        Thread t = new Thread(() -> {
            try (Reader r = new InputStreamReader(in, java.nio.charset.Charset.defaultCharset())) {
                char[] buf = new char[8192];
                for (int n; (n = r.read(buf)) >= 0; ) {
                    to.write(buf, 0, n);
                    to.flush();
                }
            } catch (IOException ignored) {
                // the child is gone; its exit code tells
            }
        }, "detente-engine-output");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
