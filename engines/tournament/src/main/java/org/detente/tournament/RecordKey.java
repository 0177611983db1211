package org.detente.tournament;

/**
 * The keys of a {@link SessionRecord}, in file order: the one definition from which the JSON lines,
 * the CSV columns and a cluster engine's table columns are all derived.
 *
 * <p>The first four place the session in its tournament; the rest ({@link #ofResult()}) describe
 * how it went, and are also what {@code negotiate --json} writes for a single session. A key that
 * is {@linkplain #optional() optional} is left out of a JSON line where it has no value, and read
 * as null where it is absent.
 */
public enum RecordKey {
    SESSION("session", Type.TEXT, false),
    SCENARIO("scenario", Type.TEXT, false),
    REPETITION("repetition", Type.INTEGER, false),
    SEED("seed", Type.LONG, false),
    AGREEMENT("agreement", Type.BOOLEAN, false),
    OUTCOME("outcome", Type.LABELS, true),
    OUTCOME_INDEX("outcomeIndex", Type.LONG, false),
    AGENTS("agents", Type.TEXTS, false),
    PARTIES("parties", Type.TEXTS, false),
    UTILITIES("utilities", Type.NUMBERS, false),
    RAW_UTILITIES("rawUtilities", Type.NUMBERS, false),
    ROUNDS("rounds", Type.INTEGER, false),
    OFFERS("offers", Type.INTEGER, false),
    TIME("time", Type.NUMBER, true),
    ENDED_BY("endedBy", Type.TEXT, false),
    ENDED_BY_PARTY("endedByParty", Type.TEXT, true),
    REASON("reason", Type.TEXT, false),
    PARETO_DISTANCE("paretoDistance", Type.NUMBER, true),
    NASH_DISTANCE("nashDistance", Type.NUMBER, true),
    WELFARE("welfare", Type.NUMBER, true),
    /**
     * The mediator of a single-text session. {@linkplain #optional() Optional}: written only for
     * single-text sessions, so the lines of an alternating-offers tournament are as they were.
     */
    MEDIATOR("mediator", Type.TEXT, true);

    /**
     * What a key holds, and the Java value that stands for it in {@link SessionRecord#value}:
     * {@code String}, {@code Integer}, {@code Long}, {@code Boolean}, {@code Double} (NaN for a null
     * number), {@code Map<String, String>} (issue → value label), {@code List<String>} and
     * {@code List<Double>} (NaN for a null element).
     */
    public enum Type {
        TEXT, INTEGER, LONG, BOOLEAN, NUMBER, LABELS, TEXTS, NUMBERS
    }

    private final String key;
    private final Type type;
    private final boolean nullable;

    RecordKey(String key, Type type, boolean nullable) {
        this.key = key;
        this.type = type;
        this.nullable = nullable;
    }

    /** The key's name in files. */
    public String key() {
        return key;
    }

    /** What it holds. */
    public Type type() {
        return type;
    }

    /** Whether its value may be null (a number that is undefined, a party or outcome that is absent). */
    public boolean nullable() {
        return nullable;
    }

    /**
     * Whether the key is left out of a JSON line when its value is null (and read as null when
     * absent): the keys added after the record's first version, so that older lines still read and
     * alternating-offers lines stay as they were.
     */
    public boolean optional() {
        return this == MEDIATOR;
    }

    /** Whether it describes how the session went, rather than its place in the tournament. */
    public boolean ofResult() {
        return ordinal() >= AGREEMENT.ordinal();
    }
}
