package org.detente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.detente.rehearsal.LocalExecutor;

/**
 * Guards a run against a silent end: while it is installed, a JVM shutdown means the run did not
 * finish — an agent called {@code System.exit}, or the process was interrupted. The shutdown hook
 * then prints one line (naming the session and the code that called {@code System.exit}) and halts
 * with {@link ExitCode#STOPPED} (130 on an interrupt), so the exit status never says "done". The
 * sessions stored so far are whole lines, kept for a resume.
 */
final class RunGuard implements AutoCloseable {
    private static final Set<String> EXIT_FRAMES = Set.of("java.lang.Shutdown", "java.lang.Runtime", "java.lang.System");
    private static final int INTERRUPTED = 130;
    private final Thread hook;

    private RunGuard(PrintWriter err, Path out, Runnable beforeHalt) {
        hook = new Thread(() -> {
            String exit = exitCaller();
            beforeHalt.run();
            err.println(exit == null
                    ? "detente: interrupted before the run finished; finished sessions are kept in " + out
                            + " (run the same command again to resume)"
                    : "detente: the run stopped before it finished: " + exit + "; finished sessions are kept in "
                            + out + " (run the same command again to resume)");
            err.flush();
            Runtime.getRuntime().halt(exit == null ? INTERRUPTED : ExitCode.STOPPED);
        }, "detente-run-guard");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Installs the guard for a run writing into {@code out}; close it when the run has finished. */
    /**
     * Installs the guard for a run writing into {@code out}; before it halts the JVM, it runs
     * {@code beforeHalt} (which ends the run's agent processes: a halt runs no other shutdown hook to its end).
     */
    static RunGuard install(PrintWriter err, Path out, Runnable beforeHalt) {
        return new RunGuard(err, out, beforeHalt);
    }

    /** The run has finished (or failed with its own message): an exit is no longer unexpected. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running and says why
        }
    }

    /** Which thread called {@code System.exit} and from where, or null if none did (a signal). */
    private static String exitCaller() {
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            StackTraceElement[] frames = e.getValue();
            int i = 0;
            while (i < frames.length && !isExit(frames[i])) {
                i++;
            }
            if (i == frames.length) {
                continue;
            }
            while (i < frames.length && isExit(frames[i])) {
                i++;
            }
            if (i < frames.length && frames[i].getClassName().startsWith("java.lang.Terminator")) {
                return null;
            }
            String name = e.getKey().getName();
            String who = name.startsWith(LocalExecutor.THREAD)
                    ? "session " + name.substring(LocalExecutor.THREAD.length()) : "thread '" + name + "'";
            String from = i < frames.length ? " from " + frames[i].getClassName() + "." + frames[i].getMethodName() : "";
            return who + " called System.exit" + from;
        }
        return null;
    }

    private static boolean isExit(StackTraceElement frame) {
        return EXIT_FRAMES.contains(frame.getClassName()) && frame.getMethodName().equals("exit");
    }
}
