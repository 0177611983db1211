package org.detente.analysis;

import org.detente.model.Gesture;

/**
 * Something one party can give another: a concession on an issue of the package (a
 * {@link TradeOff}) or a gesture beside it. Both are measured in utility units, so they rank on one
 * scale: gain to the others per unit of cost to the giver.
 */
public sealed interface Move permits Move.Trade, Move.Signal {

    /** Index of the party that gives. */
    int giver();

    /** Utility the move costs its giver (≥ 0). */
    double cost();

    /** Utility the others gain. */
    double gainToOthers();

    /** Its kind for people: {@code issue} for a trade, else the gesture's kind in lower case. */
    String kind();

    /** What it is, for people: {@code issue: from → to}, or the gesture's name and receiver. */
    String what();

    /**
     * The disagreement to state beside the move: an acknowledgement's stated disagreement, else
     * (and when none is stated) "".
     */
    default String disagreement() {
        return "";
    }

    /** Gain to the others per unit of cost; +∞ when the move costs nothing. */
    default double ratio() {
        return cost() <= 1e-12 ? Double.POSITIVE_INFINITY : gainToOthers() / cost();
    }

    /**
     * A concession on one issue of the package.
     *
     * @param tradeOff the concession
     */
    record Trade(TradeOff tradeOff) implements Move {
        /** @throws NullPointerException if the trade-off is null */
        public Trade {
            java.util.Objects.requireNonNull(tradeOff, "tradeOff");
        }

        @Override
        public int giver() {
            return tradeOff.giver();
        }

        @Override
        public double cost() {
            return tradeOff.cost();
        }

        @Override
        public double gainToOthers() {
            return tradeOff.gainToOthers();
        }

        @Override
        public String kind() {
            return "issue";
        }

        @Override
        public String what() {
            return tradeOff.issue() + ": " + tradeOff.from() + " → " + tradeOff.to();
        }
    }

    /**
     * A gesture: an acknowledgement, respect, a process or sequencing concession.
     *
     * @param gesture  the gesture
     * @param giver    index of its giver
     * @param receiver index of its receiver
     */
    record Signal(Gesture gesture, int giver, int receiver) implements Move {
        /** @throws NullPointerException if the gesture is null */
        public Signal {
            java.util.Objects.requireNonNull(gesture, "gesture");
        }

        @Override
        public double cost() {
            return gesture.cost();
        }

        @Override
        public double gainToOthers() {
            return gesture.value();
        }

        @Override
        public String kind() {
            return gesture.kind().name().toLowerCase(java.util.Locale.ROOT);
        }

        @Override
        public String what() {
            return gesture.name() + " (to " + gesture.receiver() + ")";
        }

        @Override
        public String disagreement() {
            return gesture.kind() == Gesture.Kind.ACKNOWLEDGEMENT ? gesture.disagreement().strip() : "";
        }
    }
}
