package org.detente.isolation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One line of the agent protocol (docs/agent-protocol.md), version {@link #VERSION}: a JSON object
 * whose {@code type} names the message. To the agent: {@link Start}, {@link Act}, {@link Result};
 * from the agent: {@link Ready}, {@link Offer}, {@link Accept}, {@link End}, {@link Fail}.
 *
 * <p>Outcomes are lists of value indices, one per issue in domain order. Required fields of the
 * agent's messages are checked when they are read (a missing one breaks the protocol); unknown fields
 * are ignored, so that a later version may add some.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Message.Start.class, name = "start"),
    @JsonSubTypes.Type(value = Message.Act.class, name = "act"),
    @JsonSubTypes.Type(value = Message.Result.class, name = "result"),
    @JsonSubTypes.Type(value = Message.Ready.class, name = "ready"),
    @JsonSubTypes.Type(value = Message.Offer.class, name = "offer"),
    @JsonSubTypes.Type(value = Message.Accept.class, name = "accept"),
    @JsonSubTypes.Type(value = Message.End.class, name = "end"),
    @JsonSubTypes.Type(value = Message.Fail.class, name = "fail")})
sealed interface Message {
    /** The protocol version this code speaks. */
    int VERSION = 1;

    /** A message to the agent. */
    sealed interface ToAgent extends Message permits Start, Act, Result {
    }

    /** A message from the agent. */
    sealed interface FromAgent extends Message permits Ready, Answer {
    }

    /** An answer to {@link Act}. */
    sealed interface Answer extends FromAgent permits Offer, Accept, End, Fail {
    }

    /**
     * A session begins: everything the agent is told about it. The agent answers {@link Ready}.
     *
     * @param protocol          the protocol version ({@link #VERSION})
     * @param session           the session's id
     * @param agent             the name the agent plays under
     * @param party             its party index (its place in the turn order, 0 first)
     * @param parties           the parties' names, in turn order (the case's names, not the agents')
     * @param deadline          when the session ends without agreement
     * @param actionLimitMillis longest one answer may take (0: none)
     * @param sessionLimitMillis longest its answers may take summed over the session (0: none)
     * @param seed              the seed of the agent's randomness (a Java agent's generator is seeded with it)
     * @param domain            the issues and their values
     * @param preferences       the agent's own preferences, and no other party's
     */
    record Start(int protocol, String session, String agent, int party, List<String> parties, Deadline deadline,
                 long actionLimitMillis, long sessionLimitMillis, long seed, Domain domain, Preferences preferences)
            implements ToAgent {
        /** Copies the list. */
        public Start {
            parties = List.copyOf(parties);
        }
    }

    /**
     * The agent's turn, with what happened since its last one. It answers {@link Offer}, {@link Accept},
     * {@link End} or {@link Fail}.
     *
     * @param round    the current round, 0-based (every party acts once a round)
     * @param time     normalised time in [0, 1): the share of the deadline used up
     * @param events   every other party's turn since this agent's last one, in turn order
     * @param standing the offer on the table, or null on the very first turn
     */
    record Act(int round, double time, List<Event> events, Standing standing) implements ToAgent {
        /** Copies the list. */
        public Act {
            events = List.copyOf(events);
        }
    }

    /**
     * The session has ended. No answer.
     *
     * @param ending    agreement, walk-away, deadline or forfeit
     * @param endedBy   the party that walked away or forfeited, or -1
     * @param reason    why it forfeited, or empty
     * @param agreement the agreed outcome, or null
     * @param time      normalised time at the end
     * @param rounds    rounds begun
     * @param offers    offers made
     * @param utility   what this agent got (discounted; 0 if it forfeited)
     */
    record Result(String ending, int endedBy, String reason, List<Integer> agreement, double time, int rounds,
                  int offers, double utility) implements ToAgent {
    }

    /**
     * The agent is ready to play the session it was given.
     *
     * @param protocol the protocol version it speaks: must be {@link #VERSION}
     */
    record Ready(Integer protocol) implements FromAgent {
        /** @throws IllegalArgumentException if the version is missing */
        public Ready {
            if (protocol == null) {
                throw new IllegalArgumentException("'ready' needs 'protocol'");
            }
        }
    }

    /**
     * The agent offers an outcome (its counter-offer replaces the standing offer).
     *
     * @param outcome one value index per issue
     */
    record Offer(List<Integer> outcome) implements Answer {
        /** @throws IllegalArgumentException if the outcome is missing or holds a null */
        public Offer {
            if (outcome == null || outcome.stream().anyMatch(java.util.Objects::isNull)) {
                throw new IllegalArgumentException("'offer' needs 'outcome', a list of value indices");
            }
            outcome = List.copyOf(outcome);
        }
    }

    /** The agent accepts the standing offer. */
    record Accept() implements Answer {
    }

    /** The agent walks away: the session ends without agreement. */
    record End() implements Answer {
    }

    /**
     * The agent gives up the session: it forfeits, with this reason recorded.
     *
     * @param reason why, in a line
     */
    record Fail(String reason) implements Answer {
        /** @throws IllegalArgumentException if the reason is missing */
        public Fail {
            if (reason == null) {
                throw new IllegalArgumentException("'fail' needs 'reason'");
            }
        }
    }

    /**
     * A deadline: exactly one of the two is set.
     *
     * @param rounds a number of rounds, or null
     * @param millis a wall-clock duration in milliseconds, or null
     */
    record Deadline(Integer rounds, Long millis) {
        /** @throws IllegalArgumentException if not exactly one is set */
        public Deadline {
            if ((rounds == null) == (millis == null)) {
                throw new IllegalArgumentException("a deadline has exactly one of 'rounds' and 'millis'");
            }
        }
    }

    /**
     * The issues under negotiation.
     *
     * @param name   the domain's name
     * @param issues the issues, in order
     */
    record Domain(String name, List<Issue> issues) {
        /** Copies the list. */
        public Domain {
            issues = List.copyOf(issues);
        }
    }

    /**
     * One issue: its values' labels, in index order, and for numeric issues their range and numbers.
     * A value index is a place in {@code values}.
     */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Discrete.class, name = "discrete"),
        @JsonSubTypes.Type(value = Whole.class, name = "integer"),
        @JsonSubTypes.Type(value = Real.class, name = "real")})
    sealed interface Issue permits Discrete, Whole, Real {
        /** The issue's name. */
        String name();

        /** The values' labels, in index order. */
        List<String> values();
    }

    /**
     * An issue with named values.
     *
     * @param name   its name
     * @param values its values' labels
     */
    record Discrete(String name, List<String> values) implements Issue {
        /** Copies the list. */
        public Discrete {
            values = List.copyOf(values);
        }
    }

    /**
     * An integer issue: value index {@code i} is the number {@code min + i}.
     *
     * @param name   its name
     * @param values its values' labels
     * @param min    the smallest value
     * @param max    the largest value
     */
    record Whole(String name, List<String> values, long min, long max) implements Issue {
        /** Copies the list. */
        public Whole {
            values = List.copyOf(values);
        }
    }

    /**
     * A real issue with a step.
     *
     * @param name    its name
     * @param values  its values' labels
     * @param min     the smallest value
     * @param max     the largest value
     * @param step    the step between values
     * @param numbers each value's number, in index order
     */
    record Real(String name, List<String> values, double min, double max, double step, List<Double> numbers)
            implements Issue {
        /** Copies the lists. */
        public Real {
            values = List.copyOf(values);
            numbers = List.copyOf(numbers);
        }
    }

    /**
     * One party's own preferences.
     *
     * @param reservationValue utility of no agreement
     * @param discountFactor   in (0, 1]: an agreement at normalised time t is worth {@code u · d^t}
     * @param utility          utility over the outcomes
     * @param allowed          per issue, per value, whether the party's red lines allow it; null when
     *                         it has none (an outcome is refused when one of its values is not allowed)
     */
    record Preferences(double reservationValue, double discountFactor, Utility utility, List<List<Boolean>> allowed) {
        /** Copies the lists. */
        public Preferences {
            allowed = allowed == null ? null : allowed.stream().map(List::copyOf).toList();
        }
    }

    /** A utility function. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Additive.class, name = "additive"),
        @JsonSubTypes.Type(value = Rectangles.class, name = "rectangles")})
    sealed interface Utility permits Additive, Rectangles {
    }

    /**
     * Linear additive utility: {@code u(o) = Σᵢ weights[i] · evaluations[i][oᵢ]}, summed in issue order.
     *
     * @param weights     one weight per issue
     * @param evaluations per issue, one evaluation in [0, 1] per value
     */
    record Additive(List<Double> weights, List<List<Double>> evaluations) implements Utility {
        /** Copies the lists. */
        public Additive {
            weights = List.copyOf(weights);
            evaluations = evaluations.stream().map(List::copyOf).toList();
        }
    }

    /**
     * Hyper-rectangle utility (GENIUS's non-linear kind): the sum of the utilities of the rectangles
     * that contain the outcome's numbers, divided by {@code maxUtility}, capped at 1.
     *
     * @param maxUtility the normaliser
     * @param rectangles the constraints
     */
    record Rectangles(double maxUtility, List<Rectangle> rectangles) implements Utility {
        /** Copies the list. */
        public Rectangles {
            rectangles = List.copyOf(rectangles);
        }
    }

    /**
     * One constraint.
     *
     * @param utility what an outcome inside earns
     * @param bounds  inclusive intervals on the numbers of (numeric) issues
     */
    record Rectangle(double utility, List<Bound> bounds) {
        /** Copies the list. */
        public Rectangle {
            bounds = List.copyOf(bounds);
        }
    }

    /**
     * An inclusive interval on one numeric issue's numbers.
     *
     * @param issue the issue's index
     * @param min   smallest number inside
     * @param max   largest number inside
     */
    record Bound(int issue, double min, double max) {
    }

    /** What another party did on its turn. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Offered.class, name = "offer"),
        @JsonSubTypes.Type(value = Accepted.class, name = "accept")})
    sealed interface Event permits Offered, Accepted {
        /** The party that acted. */
        int party();
    }

    /**
     * A party made an offer.
     *
     * @param party   who
     * @param outcome what
     * @param time    normalised time of the offer
     */
    record Offered(int party, List<Integer> outcome, double time) implements Event {
        /** Copies the list. */
        public Offered {
            outcome = List.copyOf(outcome);
        }
    }

    /**
     * A party accepted the standing offer.
     *
     * @param party who
     */
    record Accepted(int party) implements Event {
    }

    /**
     * The offer on the table.
     *
     * @param party   who made it
     * @param outcome what it is
     */
    record Standing(int party, List<Integer> outcome) {
        /** Copies the list. */
        public Standing {
            outcome = List.copyOf(outcome);
        }
    }
}
