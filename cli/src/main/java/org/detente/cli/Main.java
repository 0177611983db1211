package org.detente.cli;

import java.io.PrintWriter;

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
        subcommands = {AnalyzeCommand.class, ConvertCommand.class, DemoCommand.class, AdjustedWinnerCommand.class,
            PrepareCommand.class, BriefCommand.class, ConflictCommand.class, ServeCommand.class,
            NegotiateCommand.class, TournamentCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"",
            "Exit codes: 0 done · 2 usage · 3 invalid input · 4 a stated limit",
            "exceeded · 5 an optional engine is not built · 6 a run stopped before",
            "it finished (resume it by running it again)",
            "Try: detente demo    ·    detente help analyze"})
public final class Main implements Runnable {
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
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            PrintWriter e = line.getErr();
            if (ex instanceof InputException) {
                e.println("detente: invalid input: " + ex.getMessage());
                for (Throwable more : ex.getSuppressed()) {
                    e.println("detente: invalid input: " + more.getMessage());
                }
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
        return cl.execute(args);
    }

    /** Version from the jar manifest, when there is one. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"detente " + (v == null ? "(development build)" : v)};
        }
    }
}
