package org.detente.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.detente.analysis.Move;
import org.detente.analysis.Point;
import org.detente.analysis.PreparationReport;
import org.detente.analysis.RobustnessAnalysis;
import org.detente.analysis.RobustnessOptions;
import org.detente.analysis.RobustnessAnalysis.BeliefRisk;
import org.detente.analysis.RobustnessAnalysis.Result;
import org.detente.analysis.Computed;
import org.detente.analysis.TwoLevelAnalysis;
import org.detente.analysis.WinSet;
import org.detente.model.Belief;
import org.detente.model.CounterpartProfile;
import org.detente.model.Domain;
import org.detente.model.Gesture;
import org.detente.model.NegotiationCase;

/** The human-readable report of {@code detente prepare}. */
final class PrepareText {
    private PrepareText() {
    }

    static String render(NegotiationCase c, PreparationReport r, int limit) {
        var sb = new StringBuilder();
        sb.append("Case: ").append(c.name()).append('\n');
        sb.append("Preparing: ").append(r.us()).append(", facing ").append(r.counterpart()).append('\n');
        sb.append('\n');
        var bottom = org.detente.analysis.BottomLine.of(c, r);
        if (bottom.isPresent()) {
            PlanText.bottomLine(sb, c, r.robustness().orElseThrow(), bottom.get());
        } else {
            sb.append("Bottom line: no plan — ").append(r.robustness().whyNot().orElse(
                    "no candidate is viable: none that " + r.us() + " can sign is ratifiable on both sides"))
                    .append(".\n\n");
        }
        c.preparation().profile(r.us(), r.counterpart()).ifPresent(p -> profile(sb, c.domain(), p));
        twoLevel(sb, c, r.twoLevel(), limit);
        moves(sb, c, r, limit);
        robustness(sb, c, r, limit);
        return sb.toString();
    }

    private static void profile(StringBuilder sb, Domain d, CounterpartProfile p) {
        sb.append("Profile of ").append(p.about()).append(" held by ").append(p.holder())
                .append(" (beliefs not named here are its stated preferences)\n");
        sb.append("  reservation value: ").append(p.reservation().describe()).append('\n');
        for (int i = 0; i < d.size(); i++) {
            Belief w = p.weights().get(i);
            if (w != null) {
                sb.append("  weight of ").append(d.issue(i).name()).append(": ").append(w.describe()).append('\n');
            }
            var evals = p.evaluations().getOrDefault(i, java.util.Map.of());
            for (int v = 0; v < d.issue(i).cardinality(); v++) {
                if (evals.containsKey(v)) {
                    sb.append("  evaluation of ").append(d.issue(i).name()).append(" = ").append(d.issue(i).label(v))
                            .append(": ").append(evals.get(v).describe()).append('\n');
                }
            }
        }
        p.concession().ifPresent(s -> sb.append("  concession: ").append(s.name()).append(" (e = ")
                .append(s.exponent()).append(")\n"));
        if (!p.redLines().isEmpty()) {
            sb.append("  believed red lines: ").append(p.redLines().size()).append(", real with probability ")
                    .append(Numbers.percent(p.credibility())).append('\n');
        }
        if (!p.history().isEmpty()) {
            sb.append(TextTable.prose("  history: ", p.history(), "    "));
        }
        if (!p.premises().isEmpty()) {
            sb.append(TextTable.prose("  premises: ", p.premises(), "    "));
        }
        sb.append('\n');
    }

    private static void twoLevel(StringBuilder sb, NegotiationCase c, Computed<TwoLevelAnalysis> computed, int limit) {
        sb.append("Two-level acceptability (win-sets)\n");
        if (computed instanceof Computed.NotComputed<TwoLevelAnalysis> not) {
            sb.append("  ").append(not.reason()).append("\n\n");
            return;
        }
        TwoLevelAnalysis t = computed.orElseThrow();
        var parties = new TextTable("party", "accepts itself", "win-set", "share of all outcomes");
        for (WinSet w : t.winSets()) {
            parties.row(w.party(), Numbers.count(w.own()), Numbers.count(w.size()), Numbers.percent(w.share()));
        }
        sb.append(parties.render("  "));
        if (c.preparation().ratifiers().isEmpty()) {
            sb.append("  No ratifier in the case: each win-set is what the party itself accepts.\n");
        } else {
            var rat = new TextTable("ratifier", "of", "threshold", "accepts", "ZOPA packages it vetoes", "rule");
            for (WinSet w : t.winSets()) {
                for (WinSet.RatifierCount rc : w.ratifiers()) {
                    String rule = c.preparation().ratifiers().stream().filter(x -> x.name().equals(rc.ratifier()))
                            .findFirst().map(x -> x.rule()).orElse("");
                    rat.row(rc.ratifier(), w.party(), Numbers.utility(rc.threshold()), Numbers.count(rc.accepts()),
                            Numbers.count(rc.zopaVetoes()), rule);
                }
            }
            sb.append('\n').append(rat.render("  "));
        }
        sb.append("  ZOPA: ").append(Numbers.count(t.zopa())).append(" packages (").append(Numbers.percent(t.zopaShare()))
                .append(" of ").append(Numbers.count(t.outcomes())).append("); ratifiable on every side: ")
                .append(Numbers.count(t.ratifiable())).append(" (").append(Numbers.percent(t.ratifiableShare()))
                .append(").\n");
        sb.append("  Ratification shrinks the ZOPA by ").append(Numbers.count(t.zopaLost())).append(" packages, ")
                .append(Numbers.percent(t.zopaShrink())).append(" of it.\n");
        List<Point> f = t.ratifiableFrontier();
        if (!f.isEmpty()) {
            sb.append("  Ratifiable packages on the Pareto frontier of the ratifiable set: ").append(f.size()).append('\n');
            var table = new TextTable(header(c));
            for (Point p : f.subList(0, Math.min(limit, f.size()))) {
                table.row(row(c, p));
            }
            sb.append(table.render("    "));
            more(sb, f.size(), limit, "packages");
        }
        sb.append('\n');
    }

    private static String[] header(NegotiationCase c) {
        List<String> h = new ArrayList<>(c.partyNames());
        h.add("package");
        return h.toArray(String[]::new);
    }

    private static String[] row(NegotiationCase c, Point p) {
        List<String> cells = new ArrayList<>();
        for (double u : p.utilities()) {
            cells.add(Numbers.utility(u));
        }
        cells.add(AnalysisText.label(c.domain(), p));
        return cells.toArray(String[]::new);
    }

    private static void more(StringBuilder sb, int size, int limit, String what) {
        if (size > limit) {
            sb.append("    … ").append(size - limit).append(" more ").append(what)
                    .append(" not shown (--all shows them; --json gives them all)\n");
        }
    }

    private static void moves(StringBuilder sb, NegotiationCase c, PreparationReport r, int limit) {
        movesOf(sb, c, r.movesOf(c, r.us()), limit, "What we can offer: " + r.us() + "'s moves, best value to "
                + r.counterpart() + " per unit of cost to us first");
        movesOf(sb, c, r.movesOf(c, r.counterpart()), limit, "What to ask of them: " + r.counterpart()
                + "'s moves, best value to us per unit of cost to them first");
    }

    private static void movesOf(StringBuilder sb, NegotiationCase c, List<Move> moves, int limit, String title) {
        sb.append(title).append('\n');
        if (moves.isEmpty()) {
            sb.append("  none\n\n");
            return;
        }
        var t = new TextTable("#", "kind", "cost to the giver", "value to the receiver", "value / cost", "move");
        List<Gesture> acknowledgements = new ArrayList<>();
        int shown = Math.min(limit, moves.size());
        for (int i = 0; i < shown; i++) {
            Move m = moves.get(i);
            String what = m.what();
            if (m instanceof Move.Signal s && s.gesture().kind() == Gesture.Kind.ACKNOWLEDGEMENT) {
                acknowledgements.add(s.gesture());
                what += " [A" + acknowledgements.size() + "]";
            }
            t.row(Integer.toString(i + 1), m.kind(), Numbers.utility(m.cost()), Numbers.utility(m.gainToOthers()),
                    ratio(m.ratio()), what);
        }
        sb.append(t.render("  "));
        more(sb, moves.size(), limit, "moves");
        for (int i = 0; i < acknowledgements.size(); i++) {
            Gesture g = acknowledgements.get(i);
            sb.append(TextTable.prose("  [A" + (i + 1) + "] " + g.giver() + " acknowledges: ",
                    g.statement().isEmpty() ? g.name() : g.statement(), "       "));
            sb.append(TextTable.prose("       and states its disagreement: ", g.disagreement(), "       "));
        }
        sb.append('\n');
    }

    private static String ratio(double r) {
        return Double.isInfinite(r) ? "∞" : String.format(Locale.ROOT, "%.2f", r);
    }

    private static void robustness(StringBuilder sb, NegotiationCase c, PreparationReport r, int limit) {
        if (r.robustness() instanceof Computed.NotComputed<RobustnessAnalysis> not) {
            sb.append("Robustness: ").append(not.reason()).append('\n');
            return;
        }
        RobustnessAnalysis rob = r.robustness().orElseThrow();
        Domain d = c.domain();
        sb.append("Robustness: ").append(String.format(Locale.ROOT, "%,d", rob.samples()))
                .append(" sampled counterparts, seed ").append(rob.seed()).append(r.profiled()
                        ? " — over " + rob.us() + "'s profile of " + rob.counterpart()
                        : " — no profile of " + rob.counterpart() + " held by " + rob.us()
                                + ": its stated preferences taken as certain")
                .append('\n');
        sb.append("  expected utility = RV + P(accept)·(u − RV) for a package both sides can ratify, else RV (")
                .append(Numbers.utility(rob.reservation())).append(")\n");
        List<Result> sorted = new ArrayList<>(rob.candidates());
        sorted.sort(Comparator.comparingDouble(Result::expectedUtility).reversed()
                .thenComparing(Comparator.comparingDouble(Result::ourUtility).reversed()));
        var t = new TextTable("source", "our u", "P(accept)", "±", "we sign", "ratified there", "expected u", "package");
        for (Result x : sorted.subList(0, Math.min(limit, sorted.size()))) {
            t.row(x.candidate().source(), Numbers.utility(x.ourUtility()), Numbers.percent(x.pAccept()),
                    Numbers.percent(x.standardError(rob.samples())), x.ours() ? "yes" : "no",
                    x.ratifiedThere() ? "yes" : "no", Numbers.utility(x.expectedUtility()),
                    String.join(", ", d.labels(x.candidate().outcome()).values()));
        }
        sb.append(t.render("  "));
        more(sb, sorted.size(), limit, "candidates");
        sb.append("  (package values in issue order: ").append(String.join(", ", d.issues().stream()
                .map(i -> i.name()).toList())).append(")\n\n");
        if (rob.plan().isEmpty()) {
            sb.append("Plan: no candidate is viable — none that ").append(rob.us())
                    .append(" can sign is ratifiable on both sides. Walk away, or change the package space.\n\n");
        } else {
            var plan = rob.plan().get();
            PlanText.ladder(sb, c, plan);
            sb.append("  opening: the first step at least as good for us as the target and accepted at least ")
                    .append(Numbers.percent(RobustnessOptions.DEFAULT_OPENING_FLOOR)).append(" of the time;\n")
                    .append("  target: the highest expected utility; last offer: from the target on, the first step\n")
                    .append("  no further concession makes likelier to be accepted — below it, take our alternative (")
                    .append(Numbers.utility(rob.reservation())).append(").\n\n");
        }
        if (!rob.gestures().isEmpty()) {
            sb.append("Gestures of ").append(rob.us()).append(" to ").append(rob.counterpart())
                    .append(" made beside the target (its value added to every sampled utility, its cost taken from ours)\n");
            var g = new TextTable("gestures", "cost", "value", "P(accept)", "expected u", "gain");
            for (var e : rob.gestures()) {
                g.row(String.join(" + ", e.gestures()), Numbers.utility(e.cost()), Numbers.utility(e.value()),
                        Numbers.percent(e.pAccept()), Numbers.utility(e.expectedUtility()), Numbers.utility(e.gain()));
            }
            sb.append(g.render("  ")).append('\n');
        }
        sb.append("What a wrong belief costs the plan (each belief held at each end of its range)\n");
        if (rob.risks().isEmpty()) {
            sb.append("  no uncertain belief\n");
            return;
        }
        var k = new TextTable("belief", "range", "target at low", "at high", "drop", "regret", "better there");
        for (BeliefRisk b : rob.risks().subList(0, Math.min(limit, rob.risks().size()))) {
            String better = b.regret() > 1e-12 ? b.betterAtWorst().source() + ": "
                    + String.join(", ", d.labels(b.betterAtWorst().outcome()).values()) : "the target";
            k.row(b.belief(), "[" + Numbers.utility(b.low()) + ", " + Numbers.utility(b.high()) + "]",
                    Numbers.utility(b.targetAtLow()), Numbers.utility(b.targetAtHigh()), Numbers.utility(b.drop()),
                    Numbers.utility(b.regret()), better);
        }
        sb.append(k.render("  "));
        more(sb, rob.risks().size(), limit, "beliefs");
        BeliefRisk worst = rob.risks().get(0);
        sb.append("  Costliest if wrong: ").append(worst.belief()).append(" — the target's expected utility falls by ")
                .append(Numbers.utility(worst.drop())).append(".\n");
    }
}
