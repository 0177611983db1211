package org.detente.conflict.stability;

import java.util.List;

import org.detente.conflict.model.Condition;
import org.detente.conflict.model.Conflict;
import org.detente.conflict.model.ConflictOption;
import org.detente.conflict.model.DecisionMaker;
import org.detente.conflict.model.Direction;
import org.detente.conflict.model.Preferences;

/** The textbook games of the tests (of this package and of {@code statusquo}). */
public final class Games {
    private Games() {
    }

    /** Prisoner's Dilemma, option-prioritised: option 0 = P1 cooperates, option 1 = P2 cooperates. */
    public static Conflict prisonersDilemma() {
        return new Conflict("Prisoner's Dilemma",
                List.of(new ConflictOption("P1 cooperates", Direction.BOTH), new ConflictOption("P2 cooperates", Direction.BOTH)),
                List.of(new DecisionMaker("P1", List.of(0), new Preferences.Prioritised(List.of(
                                new Condition.Is(1, true), new Condition.Is(0, false)))),
                        new DecisionMaker("P2", List.of(1), new Preferences.Prioritised(List.of(
                                new Condition.Is(0, true), new Condition.Is(1, false))))),
                List.of());
    }

    /** Chicken: option 0 = A swerves, option 1 = B swerves; A ranks 3 > 4 > 2 > 1, B ranks 2 > 4 > 3 > 1. */
    static Conflict chicken() {
        return new Conflict("Chicken",
                List.of(new ConflictOption("A swerves", Direction.BOTH), new ConflictOption("B swerves", Direction.BOTH)),
                List.of(new DecisionMaker("A", List.of(0), ranking(3, 4, 2, 1)),
                        new DecisionMaker("B", List.of(1), ranking(2, 4, 3, 1))),
                List.of());
    }

    static Preferences.Ranked ranking(int... best) {
        return new Preferences.Ranked(java.util.Arrays.stream(best).mapToObj(List::of).toList());
    }
}
