package org.detente.tournament;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.detente.model.Domain;
import org.detente.rehearsal.Ending;
import org.detente.rehearsal.SessionResult;
import org.detente.rehearsal.SessionSpec;

/**
 * One finished session of a tournament, as its files keep it: a line of {@code sessions.jsonl}, a
 * row of {@code sessions.csv}, a row of a cluster engine's table. Its keys, their order and their
 * types are {@link RecordKey}'s; {@link RecordJson} and {@link RecordCsv} derive the formats.
 *
 * @param session    the session's id ({@code scenario/agentA+agentB/repetition})
 * @param scenario   the scenario's name
 * @param repetition which repetition of its pairing, from 1
 * @param seed       the session's seed
 * @param result     how it went
 */
public record SessionRecord(String session, String scenario, int repetition, long seed, Result result) {
    /** Checks that nothing is missing. */
    public SessionRecord {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(result, "result");
    }

    /**
     * The record of a finished session.
     *
     * @param spec   what was run (its id ends with {@code /repetition})
     * @param domain the scenario's domain, to label the outcome
     * @param r      how it went
     * @throws NumberFormatException if the id does not end with a repetition number
     */
    public static SessionRecord of(SessionSpec spec, Domain domain, SessionResult r) {
        String id = spec.id();
        return new SessionRecord(id, spec.scenario().name(), Integer.parseInt(id.substring(id.lastIndexOf('/') + 1)),
                spec.seed(), Result.of(domain, spec.scenario().negotiationCase().partyNames(), r));
    }

    /**
     * How a session went, in the words of its files: value labels for the outcome, party names.
     *
     * @param agreement      whether the parties agreed
     * @param outcome        issue → value label of the agreement, or null without one
     * @param outcomeIndex   the agreement's index in the outcome space, or -1
     * @param agents         agent names, in party order
     * @param parties        party names
     * @param utilities      what each party got, discounted (NaN where undefined)
     * @param rawUtilities   undiscounted utilities (NaN where undefined)
     * @param rounds         rounds begun
     * @param offers         offers made
     * @param time           normalised time at the end (NaN where undefined)
     * @param endedBy        how it ended
     * @param endedByParty   the party that walked away or forfeited, or null
     * @param reason         why a party forfeited (empty otherwise)
     * @param paretoDistance distance of the agreement to the Pareto frontier (NaN without)
     * @param nashDistance   distance to the Nash point (NaN without)
     * @param welfare        sum of the utilities (NaN where undefined)
     * @param mediator       the mediator of a single-text session, or null under alternating offers
     */
    public record Result(boolean agreement, Map<String, String> outcome, long outcomeIndex, List<String> agents,
                         List<String> parties, List<Double> utilities, List<Double> rawUtilities, int rounds,
                         int offers, double time, Ending endedBy, String endedByParty, String reason,
                         double paretoDistance, double nashDistance, double welfare, String mediator) {
        /** Copies the lists and the outcome (keeping its issue order); checks that nothing is missing. */
        public Result {
            outcome = outcome == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(outcome));
            agents = List.copyOf(agents);
            parties = List.copyOf(parties);
            utilities = List.copyOf(utilities);
            rawUtilities = List.copyOf(rawUtilities);
            Objects.requireNonNull(endedBy, "endedBy");
            Objects.requireNonNull(reason, "reason");
        }

        /**
         * A session's result in file words.
         *
         * @param domain  the scenario's domain, to label the outcome
         * @param parties the party names, in order
         * @param r       the result
         */
        public static Result of(Domain domain, List<String> parties, SessionResult r) {
            return new Result(r.agreement(), r.outcome() == null ? null : domain.labels(r.outcome()), r.outcomeIndex(),
                    r.agents(), parties, r.utilities(), r.rawUtilities(), r.rounds(), r.offers(), r.time(), r.ending(),
                    r.endedBy() >= 0 ? parties.get(r.endedBy()) : null, r.reason(), r.paretoDistance(),
                    r.nashDistance(), r.welfare(), r.mediator().isEmpty() ? null : r.mediator());
        }

        /**
         * The value of one of the result's keys.
         *
         * @throws IllegalArgumentException if the key is not {@linkplain RecordKey#ofResult() of the result}
         */
        public Object value(RecordKey k) {
            return switch (k) {
                case SESSION, SCENARIO, REPETITION, SEED ->
                        throw new IllegalArgumentException("'" + k.key() + "' is not a key of a session's result");
                case AGREEMENT -> agreement;
                case OUTCOME -> outcome;
                case OUTCOME_INDEX -> outcomeIndex;
                case AGENTS -> agents;
                case PARTIES -> parties;
                case UTILITIES -> utilities;
                case RAW_UTILITIES -> rawUtilities;
                case ROUNDS -> rounds;
                case OFFERS -> offers;
                case TIME -> time;
                case ENDED_BY -> endedBy.label();
                case ENDED_BY_PARTY -> endedByParty;
                case REASON -> reason;
                case PARETO_DISTANCE -> paretoDistance;
                case NASH_DISTANCE -> nashDistance;
                case WELFARE -> welfare;
                case MEDIATOR -> mediator;
            };
        }
    }

    /** The value of a key, as {@link RecordKey.Type} says. */
    public Object value(RecordKey k) {
        return switch (k) {
            case SESSION -> session;
            case SCENARIO -> scenario;
            case REPETITION -> repetition;
            case SEED -> seed;
            default -> result.value(k);
        };
    }

    /**
     * The record whose keys have these values, each of the Java type {@link RecordKey.Type} names: how
     * a reader of one of the record's formats builds it.
     *
     * @param values each key's value
     * @throws IllegalArgumentException if {@code endedBy} names no ending, or a value that may not be
     *                                  null is missing
     * @throws ClassCastException       if a value is not of its key's type
     */
    public static SessionRecord fromValues(Function<RecordKey, Object> values) {
        Function<RecordKey, Object> v = present(values);
        return new SessionRecord((String) v.apply(RecordKey.SESSION), (String) v.apply(RecordKey.SCENARIO),
                (Integer) v.apply(RecordKey.REPETITION), (Long) v.apply(RecordKey.SEED), resultFrom(v));
    }

    /**
     * The result whose keys have these values (only the keys {@linkplain RecordKey#ofResult() of the
     * result} are asked for).
     *
     * @throws IllegalArgumentException if {@code endedBy} names no ending, or a value that may not be
     *                                  null is missing
     * @throws ClassCastException       if a value is not of its key's type
     */
    static Result resultFromValues(Function<RecordKey, Object> values) {
        return resultFrom(present(values));
    }

    private static Function<RecordKey, Object> present(Function<RecordKey, Object> values) {
        return k -> {
            Object x = values.apply(k);
            if (x == null && !k.nullable()) {
                throw new IllegalArgumentException("'" + k.key() + "' is missing");
            }
            return x;
        };
    }

    @SuppressWarnings("unchecked")
    private static Result resultFrom(Function<RecordKey, Object> v) {
        return new Result((Boolean) v.apply(RecordKey.AGREEMENT), (Map<String, String>) v.apply(RecordKey.OUTCOME),
                (Long) v.apply(RecordKey.OUTCOME_INDEX), (List<String>) v.apply(RecordKey.AGENTS),
                (List<String>) v.apply(RecordKey.PARTIES), (List<Double>) v.apply(RecordKey.UTILITIES),
                (List<Double>) v.apply(RecordKey.RAW_UTILITIES), (Integer) v.apply(RecordKey.ROUNDS),
                (Integer) v.apply(RecordKey.OFFERS), (Double) v.apply(RecordKey.TIME),
                ending((String) v.apply(RecordKey.ENDED_BY)), (String) v.apply(RecordKey.ENDED_BY_PARTY),
                (String) v.apply(RecordKey.REASON), (Double) v.apply(RecordKey.PARETO_DISTANCE),
                (Double) v.apply(RecordKey.NASH_DISTANCE), (Double) v.apply(RecordKey.WELFARE),
                (String) v.apply(RecordKey.MEDIATOR));
    }

    private static Ending ending(String label) {
        List<String> known = new ArrayList<>();
        for (Ending e : Ending.values()) {
            if (e.label().equals(label)) {
                return e;
            }
            known.add(e.label());
        }
        throw new IllegalArgumentException("'" + RecordKey.ENDED_BY.key() + "' is '" + label + "'; it is one of "
                + String.join(", ", known));
    }
}
