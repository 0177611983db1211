package org.detente.cli;

/** The process exit codes of every {@code detente} command (documented in the README). */
final class ExitCode {
    /** Done. */
    public static final int OK = 0;
    /** Usage error: unknown option, missing argument, wrong number of files. */
    public static final int USAGE = 2;
    /** Invalid input: a file is missing, malformed or fails validation. */
    public static final int INVALID_INPUT = 3;
    /** A stated limit would be exceeded (for example, enumerating beyond {@code --max-outcomes}). */
    public static final int LIMIT = 4;
    /** An optional engine was asked for but is not built (for example {@code --engine spark}). */
    public static final int UNAVAILABLE = 5;
    /**
     * A run stopped before it finished: the engine failed, or an agent ended the JVM; the results
     * stored so far are kept for a resume.
     */
    public static final int STOPPED = 6;

    private ExitCode() {
    }
}
