package org.detente.conflict.model;

import java.util.List;
import java.util.Objects;

/**
 * A statement about a state's options, for option prioritisation: literals, conjunctions,
 * disjunctions, negations and implications.
 */
public sealed interface Condition permits Condition.Is, Condition.Not, Condition.All, Condition.Any, Condition.Implies {

    /** Whether the condition holds in the state (bit k = option k is Y). */
    boolean holds(long state);

    /** The highest option index mentioned, or -1 if none. */
    int maxOption();

    /**
     * Option {@code option} is Y ({@code yes}) or N.
     *
     * @param option the option index, ≥ 0
     * @param yes    true for Y, false for N
     */
    record Is(int option, boolean yes) implements Condition {
        /** @throws IllegalArgumentException if the option index is negative or above 62 */
        public Is {
            if (option < 0 || option > 62) {
                throw new IllegalArgumentException("option index " + option + " is out of range");
            }
        }

        @Override
        public boolean holds(long state) {
            return ((state >>> option) & 1L) == (yes ? 1L : 0L);
        }

        @Override
        public int maxOption() {
            return option;
        }
    }

    /** @param of the negated condition */
    record Not(Condition of) implements Condition {
        /** Checks for null. */
        public Not {
            Objects.requireNonNull(of, "of");
        }

        @Override
        public boolean holds(long state) {
            return !of.holds(state);
        }

        @Override
        public int maxOption() {
            return of.maxOption();
        }
    }

    /** @param all conditions that must all hold (none: always true) */
    record All(List<Condition> all) implements Condition {
        /** Copies the list. */
        public All {
            all = List.copyOf(all);
        }

        @Override
        public boolean holds(long state) {
            for (Condition c : all) {
                if (!c.holds(state)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int maxOption() {
            return all.stream().mapToInt(Condition::maxOption).max().orElse(-1);
        }
    }

    /** @param any conditions of which at least one must hold (none: never true) */
    record Any(List<Condition> any) implements Condition {
        /** Copies the list. */
        public Any {
            any = List.copyOf(any);
        }

        @Override
        public boolean holds(long state) {
            for (Condition c : any) {
                if (c.holds(state)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public int maxOption() {
            return any.stream().mapToInt(Condition::maxOption).max().orElse(-1);
        }
    }

    /**
     * "if {@code premise} then {@code conclusion}": holds unless the premise holds and the conclusion
     * does not.
     *
     * @param premise    the "if" part
     * @param conclusion the "then" part
     */
    record Implies(Condition premise, Condition conclusion) implements Condition {
        /** Checks for null. */
        public Implies {
            Objects.requireNonNull(premise, "premise");
            Objects.requireNonNull(conclusion, "conclusion");
        }

        @Override
        public boolean holds(long state) {
            return !premise.holds(state) || conclusion.holds(state);
        }

        @Override
        public int maxOption() {
            return Math.max(premise.maxOption(), conclusion.maxOption());
        }
    }
}
