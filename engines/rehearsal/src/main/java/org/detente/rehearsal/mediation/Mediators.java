package org.detente.rehearsal.mediation;

import java.util.List;
import java.util.random.RandomGenerator;

import org.detente.model.OutcomeSpace;

/**
 * The built-in mediators, by name: {@code hill-climber}, {@code annealer}, {@code feedback} and
 * {@code nash-seeker}.
 */
public final class Mediators {
    private static final List<String> NAMES = List.of("hill-climber", "annealer", "feedback", "nash-seeker");

    private Mediators() {
    }

    /** The known names, in a stable order. */
    public static List<String> names() {
        return NAMES;
    }

    /** Whether {@code name} is a known mediator. */
    public static boolean contains(String name) {
        return NAMES.contains(name);
    }

    /**
     * A fresh mediator for one session.
     *
     * @param name    its name
     * @param space   the outcome space
     * @param parties number of parties
     * @param random  its own seeded generator
     * @throws IllegalArgumentException if the name is unknown (the message lists the known ones)
     */
    public static Mediator create(String name, OutcomeSpace space, int parties, RandomGenerator random) {
        Search search = switch (name) {
            case "hill-climber" -> new HillClimbing(space, random);
            case "annealer" -> new Annealing(space, random);
            case "feedback" -> new Feedback(space, parties, random);
            case "nash-seeker" -> new NashSeeking(space, parties, random);
            default -> throw new IllegalArgumentException("unknown mediator '" + name + "'; known mediators: "
                    + String.join(", ", NAMES));
        };
        return new TextMediator(search, random);
    }
}
