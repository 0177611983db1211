package org.detente.model;

import java.util.List;

/**
 * A move that is not a term of the package: an acknowledgement, a statement of respect, a
 * concession on process or on the order of things. It costs its giver something and is worth
 * something to its receiver, both in utility units (the scale of the parties' utilities), so that
 * it can be ranked with the substantive trade-offs ("low cost to the giver, high value to the
 * receiver").
 *
 * @param name         what the move is called, unique within the case
 * @param giver        the party that makes it
 * @param receiver     the party it is made to (not the giver)
 * @param kind         what kind of move it is
 * @param cost         utility it costs the giver, finite and ≥ 0
 * @param value        utility it is worth to the receiver, finite and ≥ 0
 * @param issues       indices of the issues it bears on (may be empty)
 * @param statement    what is said or done (may be empty)
 * @param disagreement for an acknowledgement, the disagreement stated beside it (required then;
 *                     may be empty otherwise): acknowledging a concern is not conceding the point
 */
public record Gesture(String name, String giver, String receiver, Kind kind, double cost, double value,
                      List<Integer> issues, String statement, String disagreement) {

    /** What kind of move a gesture is. */
    public enum Kind {
        /** Recognising the other side's concern or grievance as real. */
        ACKNOWLEDGEMENT,
        /** A statement or sign of respect: status, standing, tone. */
        RESPECT,
        /** A concession on process: venue, format, who sits at the table, the agenda. */
        PROCESS,
        /** A concession on the order of things: what is settled or implemented first. */
        SEQUENCING,
        /** Anything else. */
        OTHER
    }

    /** @throws IllegalArgumentException if a name is blank, giver and receiver are one party, a number is
     *                                  invalid, or an acknowledgement comes without its disagreement */
    public Gesture {
        name = Checks.name(name, "gesture name");
        giver = Checks.name(giver, "gesture giver");
        receiver = Checks.name(receiver, "gesture receiver");
        if (giver.equals(receiver)) {
            throw new IllegalArgumentException("gesture '" + name + "' is made by '" + giver + "' to itself");
        }
        java.util.Objects.requireNonNull(kind, "kind");
        Checks.finiteNonNegative(cost, "cost of gesture '" + name + "'");
        Checks.finiteNonNegative(value, "value of gesture '" + name + "'");
        issues = List.copyOf(issues);
        statement = statement == null ? "" : statement;
        disagreement = disagreement == null ? "" : disagreement;
        if (kind == Kind.ACKNOWLEDGEMENT && disagreement.isBlank()) {
            throw new IllegalArgumentException("acknowledgement '" + name + "' needs the disagreement to state beside it");
        }
    }
}
