package org.detente.formats;

import java.nio.file.Path;

/**
 * Malformed or invalid input: names the file, the line and column where the parser knows them, and
 * the field path (for example {@code parties[1].preferences.weights.price}).
 *
 * <p>{@link #getMessage()} is the one line shown to a person:
 * {@code case.yaml:12:5: parties[1].weights: weights sum to 0.9, not 1}.
 *
 * <p>An input beyond a stated limit (a file larger than {@link InputLimits#MAX_FILE_BYTES}, an issue
 * with more values than can be indexed) is {@linkplain #limit() marked}: the command line answers it
 * with exit 4, the workbench with 422, not as invalid input.
 */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String field;
    private final String problem;
    private final boolean limit;

    /**
     * @param source  the file (or other source) name; never null
     * @param line    1-based line, or 0 if unknown
     * @param column  1-based column, or 0 if unknown
     * @param field   the field path, or "" if none applies
     * @param problem what is wrong, in words
     */
    public InputException(String source, int line, int column, String field, String problem) {
        this(source, line, column, field, problem, false);
    }

    private InputException(String source, int line, int column, String field, String problem, boolean limit) {
        super(format(source, line, column, field, problem));
        this.source = source;
        this.line = line;
        this.column = column;
        this.field = field == null ? "" : field;
        this.problem = problem;
        this.limit = limit;
    }

    /**
     * Input beyond a stated limit.
     *
     * @param source  the file (or other source) name
     * @param line    1-based line, or 0 if unknown
     * @param column  1-based column, or 0 if unknown
     * @param field   the field path, or ""
     * @param problem which limit, and how to stay within it
     * @return the exception, {@linkplain #limit() marked}
     */
    public static InputException limit(String source, int line, int column, String field, String problem) {
        return new InputException(source, line, column, field, problem, true);
    }

    /** The same, for a file path. */
    public InputException(Path file, int line, int column, String field, String problem) {
        this(file.toString(), line, column, field, problem);
    }

    private static String format(String source, int line, int column, String field, String problem) {
        var sb = new StringBuilder(source);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ");
        if (field != null && !field.isEmpty()) {
            sb.append(field).append(": ");
        }
        return sb.append(problem).toString();
    }

    /** The file or source name. */
    public String source() {
        return source;
    }

    /** 1-based line, or 0 if unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0 if unknown. */
    public int column() {
        return column;
    }

    /** The field path, or "". */
    public String field() {
        return field;
    }

    /** Whether a stated limit was exceeded (exit 4), rather than the input being wrong (exit 3). */
    public boolean limit() {
        return limit;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }
}
