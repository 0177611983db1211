package org.detente.brief.sections;

import java.util.ArrayList;
import java.util.List;

import org.detente.analysis.Move;
import org.detente.analysis.PreparationReport;
import org.detente.analysis.RobustnessAnalysis;
import org.detente.brief.Brief;
import org.detente.brief.doc.Block;
import org.detente.brief.doc.Document;
import org.detente.model.Gesture;
import org.detente.model.NegotiationCase;

/** Moves: trades and gestures that cost the giver little and the receiver values; acknowledgements with their disagreement. */
final class MovesSection {
    /** Moves listed in the table; the rest are counted, never dropped silently. */
    static final int SHOWN = 15;

    private MovesSection() {
    }

    static Document.Section section(Brief b) {
        NegotiationCase c = b.negotiationCase();
        PreparationReport r = b.preparation();
        List<Block> out = new ArrayList<>();
        out.add(new Block.Paragraph("Every concession on one issue and every gesture of the case, in two tables:"
                + " what we can offer and what to ask of them, each ranked by value to the receiver per unit of cost"
                + " to the giver (utility units): low cost, high value first."));
        table(out, c, r.movesOf(c, r.us()), "What we can offer: " + r.us() + "'s moves");
        table(out, c, r.movesOf(c, r.counterpart()), "What to ask of them: " + r.counterpart() + "'s moves");
        List<Block.Pair> pairs = new ArrayList<>();
        for (Gesture g : c.preparation().gestures()) {
            if (g.kind() == Gesture.Kind.ACKNOWLEDGEMENT) {
                pairs.add(new Block.Pair(g.giver() + " to " + g.receiver() + ": " + g.name(),
                        g.statement().isBlank() ? g.name() : g.statement().strip(), g.disagreement().strip()));
            }
        }
        out.add(new Block.Subheading("Acknowledge, and state the disagreement beside it"));
        if (pairs.isEmpty()) {
            out.add(new Block.Paragraph("The case lists no acknowledgement."));
        } else {
            out.add(new Block.Paragraph("Acknowledging a concern is not conceding the point: each acknowledgement"
                    + " is made with the disagreement stated beside it, in the same breath."));
            out.add(new Block.Pairs("We acknowledge", "and we state", pairs));
        }
        r.robustness().ifComputed(rob -> gestures(out, rob));
        return new Document.Section("moves", "Moves", out);
    }

    private static void table(List<Block> out, NegotiationCase c, List<Move> moves, String title) {
        out.add(new Block.Subheading(title));
        List<List<String>> rows = new ArrayList<>();
        for (Move m : moves.subList(0, Math.min(SHOWN, moves.size()))) {
            rows.add(List.of(m.kind(), m.what(), Fmt.u(m.cost()), Fmt.u(m.gainToOthers()), Fmt.ratio(m.ratio())));
        }
        if (rows.isEmpty()) {
            out.add(new Block.Paragraph("None: trade-offs need linear additive preferences, and the case lists no"
                    + " gesture here."));
        } else {
            out.add(new Block.Table(List.of("kind", "move", "cost to the giver", "value to the receiver",
                    "value / cost"), rows));
        }
        if (moves.size() > SHOWN) {
            out.add(new Block.Paragraph((moves.size() - SHOWN) + " more moves, each with a lower value per unit of"
                    + " cost, are not listed here; `detente prepare --all` lists them all."));
        }
    }

    private static void gestures(List<Block> out, RobustnessAnalysis rob) {
        if (rob.gestures().isEmpty()) {
            return;
        }
        out.add(new Block.Subheading("Gestures of " + rob.us() + " made beside the target"));
        List<List<String>> rows = new ArrayList<>();
        for (RobustnessAnalysis.GestureEffect e : rob.gestures()) {
            rows.add(List.of(String.join(" + ", e.gestures()), Fmt.u(e.cost()), Fmt.u(e.value()), Fmt.pct(e.pAccept()),
                    Fmt.u(e.expectedUtility()), Fmt.u(e.gain())));
        }
        out.add(new Block.Table(List.of("gestures", "cost to us", "value to them", "P(accept) of the target",
                "expected utility", "gain"), rows));
        out.add(new Block.Paragraph("Each gesture's value is added to every sampled counterpart's utility of the target,"
                + " its cost taken from ours; a positive gain means the gesture pays for itself."));
    }
}
