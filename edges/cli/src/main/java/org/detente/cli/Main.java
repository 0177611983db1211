package org.detente.cli;

import java.io.PrintWriter;
import java.util.List;

import org.detente.analysis.AnalysisLimitException;
import org.detente.formats.InputException;
import org.detente.rehearsal.EngineFailure;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code detente} command line. */
@Command(name = "detente", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {
            "Détente — a negotiation strategy engine.",
            "",
            "Prepare, rehearse and study multi-issue, multi-party negotiations.",
            "Zoom out (analyze): the space of agreements, the exact Pareto",
            "frontier, Nash and Kalai–Smorodinsky, the ZOPA, the trade-offs.",
            "Zoom in (prepare): the counterpart as we believe it, what each side",
            "can ratify, gestures, a plan tested against our beliefs. Rehearse",
            "(negotiate, tournament), brief, standoffs (conflict), and the web",
            "workbench (serve).",
            ""},
        footer = {"",
            "Exit codes: 0 done · 2 usage · 3 invalid input · 4 a stated limit",
            "exceeded · 5 an optional engine is not built · 6 a run stopped before",
            "it finished (resume it by running it again)",
            "Try: detente demo    ·    detente help analyze"})
public final class Main implements Runnable {
    /** The subcommands, in the order the help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(AnalyzeCommand.class, ConvertCommand.class,
            DemoCommand.class, AdjustedWinnerCommand.class, PrepareCommand.class, BriefCommand.class,
            ConflictCommand.class, ServeCommand.class, NegotiateCommand.class, TrackCommand.class, TournamentCommand.class,
            CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Prints the usage when no subcommand is given. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /**
     * Runs the command line with the given streams (for tests) and returns the exit code.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine(args);
        cl.setOut(new PrintWriter(new PrintableWriter(out), true));
        cl.setErr(new PrintWriter(new PrintableWriter(err), true));
        cl.setParameterExceptionHandler(Main::usageError);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            PrintWriter e = line.getErr();
            if (ex instanceof InputException ie && ie.limit()) {
                e.println("detente: limit: " + ex.getMessage());
                return ExitCode.LIMIT;
            }
            if (ex instanceof InputException) {
                int more = ex.getSuppressed().length;
                e.println("detente: invalid input: " + ex.getMessage() + (more == 0 ? ""
                        : " (and " + more + " more problem" + (more == 1 ? "" : "s") + " after it in the file)"));
                return ExitCode.INVALID_INPUT;
            }
            if (ex instanceof AnalysisLimitException) {
                e.println("detente: limit: " + ex.getMessage());
                return ExitCode.LIMIT;
            }
            if (ex instanceof java.io.IOException) {
                e.println("detente: cannot read or write: " + ex.getMessage());
                return ExitCode.INVALID_INPUT;
            }
            if (ex instanceof EngineFailure) {
                e.println("detente: the run stopped: " + ex.getMessage() + "; finished sessions are kept"
                        + " (run the same command again to resume)");
                return ExitCode.STOPPED;
            }
            if (ex instanceof IllegalArgumentException || ex instanceof IllegalStateException) {
                e.println("detente: invalid input: " + ex.getMessage());
                return ExitCode.INVALID_INPUT;
            }
            e.println("detente: internal error: " + ex + " (please report it, with the input that caused it)");
            return 1;
        });
        try {
            return cl.execute(args);
        } catch (StackOverflowError e) {
            cl.getErr().println("detente: limit: the input nests too deeply to be processed (stack overflow);"
                    + " please report it, with the input that caused it");
            return ExitCode.LIMIT;
        } catch (OutOfMemoryError e) {
            cl.getErr().println("detente: limit: out of memory (the JVM may use " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MiB): the input or the options ask for more; reduce them, or give Java more with"
                    + " JAVA_TOOL_OPTIONS=-Xmx…");
            return ExitCode.LIMIT;
        }
    }

    /**
     * The command line for these arguments: when the first names a subcommand (other than help),
     * only that one is built — picocli builds every option of every subcommand it is given, by
     * reflection, which was a third of the start-up —; none for the version alone; otherwise all,
     * for the help and suggestions.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cl = new CommandLine(new Main());
        String first = args.length == 0 ? "" : args[0];
        if (args.length == 1 && (first.equals("--version") || first.equals("-V"))) {
            return cl;
        }
        for (Class<?> c : COMMANDS) {
            if (!first.equals("help") && c.getAnnotation(Command.class).name().equals(first)) {
                return cl.addSubcommand(c);
            }
        }
        for (Class<?> c : COMMANDS) {
            cl.addSubcommand(c);
        }
        return cl;
    }

    /** A usage error: the problem and where the options are listed, not the whole usage text. */
    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine line = ex.getCommandLine();
        PrintWriter e = line.getErr();
        e.println("detente: " + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, e);
        boolean top = line.getParent() == null;
        e.println("detente: the options: " + (top ? "detente --help" : "detente help " + line.getCommandName()));
        e.flush();
        return ExitCode.USAGE;
    }

    /** The version and the commit the build recorded (build.properties, written by the build). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws java.io.IOException {
            var p = new java.util.Properties();
            try (var in = Main.class.getResourceAsStream("build.properties")) {
                if (in != null) {
                    p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            return new String[] {line(p.getProperty("version", ""), p.getProperty("commit", ""))};
        }

        /** {@code detente VERSION (commit C)}; a build outside a git checkout says it has no commit. */
        static String line(String version, String commit) {
            return "detente " + (version.isEmpty() ? "(version unknown: not built by Maven)" : version)
                    + (commit.isEmpty() ? " (built outside a git checkout: no commit recorded)" : " (commit " + commit + ")");
        }
    }
}
