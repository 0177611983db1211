package org.detente.rehearsal.mediation;

import java.util.List;

import org.detente.rehearsal.UtilityTable;

/**
 * The built-in ways of answering a mediator, by name: {@code truthful} and {@code strategic}.
 */
public final class Respondents {
    /** The strategic party's target, as a share of the way from its reservation value to its best outcome. */
    static final double STRATEGIC_SHARE = 0.5;
    private static final List<String> NAMES = List.of("truthful", "strategic");

    private Respondents() {
    }

    /** The known names, in a stable order. */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * The respondent called {@code name} for a party with preferences {@code own}.
     *
     * @throws IllegalArgumentException if the name is unknown (the message lists the known ones)
     */
    public static Respondent create(String name, UtilityTable own) {
        return switch (name) {
            case "truthful" -> truthful(own);
            case "strategic" -> strategic(own);
            default -> throw new IllegalArgumentException("unknown party strategy '" + name
                    + "'; known strategies: " + String.join(", ", NAMES));
        };
    }

    /**
     * Answers by its true preferences: signs any text its red lines permit that is worth at least its
     * reservation value; compares drafts by their utility (a text its red lines refuse is worse than
     * any they permit).
     */
    static Respondent truthful(UtilityTable own) {
        return (view, q) -> answer(own, q, own.reservationValue(), false);
    }

    /**
     * Vetoes every text below its target — halfway from its reservation value to its best outcome — and
     * calls every draft that does not strictly improve its lot worse, to block the moves it gains
     * nothing from.
     */
    static Respondent strategic(UtilityTable own) {
        double target = own.reservationValue() + STRATEGIC_SHARE * (own.best() - own.reservationValue());
        return (view, q) -> answer(own, q, target, true);
    }

    private static Answer answer(UtilityTable own, Question q, double threshold, boolean sameIsWorse) {
        if (q instanceof Question.Ballot b) {
            return own.permits(b.text()) && own.utility(b.text()) >= threshold ? Answer.Vote.ACCEPT : Answer.Vote.REJECT;
        } else if (q instanceof Question.Draft d) {
            int c = compare(own, d.text(), d.current());
            return c > 0 ? Answer.Comparison.BETTER
                    : c < 0 || sameIsWorse ? Answer.Comparison.WORSE : Answer.Comparison.SAME;
        }
        throw new IllegalArgumentException("unknown question " + q);
    }

    private static int compare(UtilityTable own, long a, long b) {
        boolean pa = own.permits(a);
        boolean pb = own.permits(b);
        if (pa != pb) {
            return pa ? 1 : -1;
        }
        return Double.compare(own.utility(a), own.utility(b));
    }
}
