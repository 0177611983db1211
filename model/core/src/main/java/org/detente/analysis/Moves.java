package org.detente.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.detente.model.Gesture;
import org.detente.model.NegotiationCase;

/**
 * The case's gestures ranked together with the substantive trade-offs: "low cost to the giver,
 * high value to the receiver" first.
 */
final class Moves {
    /** The order of the ranking: gain per unit of cost, then gain, then giver, descending / ascending. */
    public static final Comparator<Move> RANKING = Comparator.comparingDouble(Move::ratio).reversed()
            .thenComparing(Comparator.comparingDouble(Move::gainToOthers).reversed())
            .thenComparingInt(Move::giver);

    private Moves() {
    }

    /**
     * Ranks the gestures of {@code c} with {@code tradeOffs} (for example {@link Analysis#tradeOffs()}).
     * The sort is stable: moves that tie keep trade-offs first, in their order, then gestures in the
     * case's order.
     *
     * @param c         the case, whose preparation holds the gestures
     * @param tradeOffs the trade-offs of its analysis
     * @return every move, best first
     */
    public static List<Move> rank(NegotiationCase c, List<TradeOff> tradeOffs) {
        List<Move> moves = new ArrayList<>();
        for (TradeOff t : tradeOffs) {
            moves.add(new Move.Trade(t));
        }
        for (Gesture g : c.preparation().gestures()) {
            moves.add(new Move.Signal(g, c.partyIndex(g.giver()), c.partyIndex(g.receiver())));
        }
        moves.sort(RANKING);
        return List.copyOf(moves);
    }
}
