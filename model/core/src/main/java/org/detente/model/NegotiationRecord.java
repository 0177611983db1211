package org.detente.model;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened at the table: the offers of one bilateral negotiation, in order, as one of the two
 * sides recorded them (see {@code docs/record.md}). Real talks and rehearsals are recorded alike.
 *
 * @param scenario    the case (or domain) the record belongs to, by name
 * @param us          the party that keeps the record
 * @param counterpart the party it negotiates with (not {@code us})
 * @param deadline    when the talks end, if known: a round or a date-time
 * @param offers      the offers, in the order they were made
 */
public record NegotiationRecord(String scenario, String us, String counterpart, Optional<When> deadline,
                                List<Offer> offers) {

    /** @throws IllegalArgumentException if a name is blank, the two sides are one, or an offer is by a third party */
    public NegotiationRecord {
        scenario = Checks.name(scenario, "scenario name");
        us = Checks.name(us, "our party");
        counterpart = Checks.name(counterpart, "counterpart");
        if (us.equals(counterpart)) {
            throw new IllegalArgumentException("'" + us + "' cannot negotiate with itself");
        }
        Objects.requireNonNull(deadline, "deadline");
        offers = List.copyOf(offers);
        for (Offer o : offers) {
            if (!o.by().equals(us) && !o.by().equals(counterpart)) {
                throw new IllegalArgumentException("an offer is made by '" + o.by() + "', who is neither '" + us
                        + "' nor '" + counterpart + "'");
            }
        }
    }

    /**
     * A moment of the talks: a round (the first is 1; a round is one turn for each side) or a date-time.
     */
    public sealed interface When permits Round, At {
    }

    /**
     * Round {@code number} (1-based).
     *
     * @param number the round, at least 1
     */
    public record Round(long number) implements When {
        /** @throws IllegalArgumentException if the number is below 1 */
        public Round {
            if (number < 1) {
                throw new IllegalArgumentException("rounds count from 1, was " + number);
            }
        }
    }

    /**
     * A date and time with its offset.
     *
     * @param time the moment
     */
    public record At(OffsetDateTime time) implements When {
        /** @throws NullPointerException if the time is null */
        public At {
            Objects.requireNonNull(time, "time");
        }
    }

    /**
     * One offer.
     *
     * @param by      who made it (one of the two sides)
     * @param outcome the package offered
     * @param when    when it was made, if recorded
     * @param note    free text (may be empty)
     */
    public record Offer(String by, Outcome outcome, Optional<When> when, String note) {
        /** @throws IllegalArgumentException if the party's name is blank */
        public Offer {
            by = Checks.name(by, "offering party");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(when, "when");
            note = note == null ? "" : note;
        }
    }

    /**
     * Normalised time in [0, 1] of every offer: elapsed over the time to the deadline. With a deadline
     * in rounds and rounds recorded, round r is at (r − 1) / rounds; with a date-time deadline and
     * date-times recorded, the clock starts at the first offer. Otherwise (no deadline, or offers
     * without the matching kind of time) offer k of n is at k / n, in record order.
     */
    public double[] times() {
        int n = offers.size();
        double[] t = new double[n];
        boolean rounds = deadline.isPresent() && deadline.get() instanceof Round
                && offers.stream().allMatch(o -> o.when().orElse(null) instanceof Round);
        boolean clock = deadline.isPresent() && deadline.get() instanceof At && n > 0
                && offers.stream().allMatch(o -> o.when().orElse(null) instanceof At);
        for (int k = 0; k < n; k++) {
            double x;
            if (rounds) {
                x = (((Round) offers.get(k).when().orElseThrow()).number() - 1) / (double) ((Round) deadline.get()).number();
            } else if (clock) {
                OffsetDateTime start = ((At) offers.get(0).when().orElseThrow()).time();
                double total = Duration.between(start, ((At) deadline.get()).time()).toMillis();
                double done = Duration.between(start, ((At) offers.get(k).when().orElseThrow()).time()).toMillis();
                x = total > 0 ? done / total : 1;
            } else {
                x = k / (double) n;
            }
            t[k] = Math.max(0, Math.min(1, x));
        }
        return t;
    }
}
