package org.detente.cli;

import java.util.Locale;

import org.detente.analysis.Move;
import org.detente.analysis.Point;
import org.detente.analysis.PreparationReport;
import org.detente.analysis.RobustnessAnalysis;
import org.detente.analysis.RobustnessAnalysis.BeliefRisk;
import org.detente.analysis.RobustnessAnalysis.Change;
import org.detente.analysis.RobustnessAnalysis.Clip;
import org.detente.analysis.RobustnessAnalysis.Plan;
import org.detente.analysis.RobustnessAnalysis.Result;
import org.detente.analysis.RobustnessAnalysis.Step;
import org.detente.analysis.TradeOff;
import org.detente.analysis.Computed;
import org.detente.analysis.TwoLevelAnalysis;
import org.detente.analysis.WinSet;
import org.detente.model.Domain;
import org.detente.model.Gesture;
import org.detente.model.NegotiationCase;
import org.detente.report.AnalysisJson;
import org.detente.report.PrettyJson;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The JSON report of {@code detente prepare}: one object, every figure, nothing truncated. */
final class PrepareJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private PrepareJson() {
    }

    static String render(NegotiationCase c, PreparationReport r) throws Exception {
        ObjectNode root = F.objectNode();
        root.put("case", c.name());
        root.put("party", r.us());
        root.put("counterpart", r.counterpart());
        root.set("twoLevel", twoLevel(c.domain(), r.twoLevel()));
        ArrayNode moves = root.putArray("moves");
        for (Move m : r.moves()) {
            moves.add(move(c, m));
        }
        if (r.robustness() instanceof Computed.Value<RobustnessAnalysis> rob) {
            root.set("robustness", robustness(c.domain(), r, rob.value()));
        } else if (r.robustness() instanceof Computed.NotComputed<RobustnessAnalysis> n) {
            root.putNull("robustness");
            root.put("robustnessNote", n.reason());
        } else {
            throw new AssertionError(r.robustness());
        }
        return PrettyJson.text(root) + "\n";
    }

    private static ObjectNode twoLevel(Domain d, Computed<TwoLevelAnalysis> computed) {
        ObjectNode n = F.objectNode();
        n.put("computed", computed.isComputed());
        if (computed instanceof Computed.NotComputed<TwoLevelAnalysis> not) {
            n.put("method", not.reason());
            return n;
        }
        TwoLevelAnalysis t = computed.orElseThrow();
        n.put("method", t.method());
        AnalysisJson.count(n, "outcomes", t.outcomes());
        AnalysisJson.count(n, "zopa", t.zopa());
        AnalysisJson.count(n, "ratifiable", t.ratifiable());
        AnalysisJson.count(n, "zopaLost", t.zopaLost());
        AnalysisJson.number(n, "zopaShrink", t.zopaShrink());
        ArrayNode ws = n.putArray("winSets");
        for (WinSet w : t.winSets()) {
            ObjectNode o = ws.addObject();
            o.put("party", w.party());
            AnalysisJson.count(o, "acceptsItself", w.own());
            AnalysisJson.count(o, "size", w.size());
            AnalysisJson.number(o, "share", w.share());
            ArrayNode rs = o.putArray("ratifiers");
            for (WinSet.RatifierCount rc : w.ratifiers()) {
                ObjectNode x = rs.addObject();
                x.put("name", rc.ratifier());
                x.put("threshold", rc.threshold());
                AnalysisJson.count(x, "accepts", rc.accepts());
                AnalysisJson.count(x, "zopaVetoes", rc.zopaVetoes());
            }
        }
        ArrayNode f = n.putArray("ratifiableFrontier");
        for (Point p : t.ratifiableFrontier()) {
            f.add(AnalysisJson.point(d, p));
        }
        return n;
    }

    private static ObjectNode move(NegotiationCase c, Move m) {
        ObjectNode o = F.objectNode();
        o.put("giver", c.party(m.giver()).name());
        if (m instanceof Move.Trade trade) {
            TradeOff t = trade.tradeOff();
            o.put("kind", "issue");
            o.put("issue", t.issue());
            o.put("from", t.from());
            o.put("to", t.to());
        } else if (m instanceof Move.Signal signal) {
            Gesture g = signal.gesture();
            o.put("kind", g.kind().name().toLowerCase(Locale.ROOT));
            o.put("gesture", g.name());
            o.put("receiver", g.receiver());
            ArrayNode issues = o.putArray("issues");
            g.issues().forEach(i -> issues.add(c.domain().issue(i).name()));
            o.put("statement", g.statement());
            if (!g.disagreement().isEmpty()) {
                o.put("disagreement", g.disagreement());
            }
        } else {
            throw new AssertionError(m);
        }
        AnalysisJson.number(o, "cost", m.cost());
        AnalysisJson.number(o, "gainToOthers", m.gainToOthers());
        AnalysisJson.number(o, "ratio", m.ratio());
        return o;
    }

    private static ObjectNode robustness(Domain d, PreparationReport r, RobustnessAnalysis rob) {
        ObjectNode n = F.objectNode();
        n.put("profiled", r.profiled());
        n.put("samples", rob.samples());
        n.put("seed", rob.seed());
        n.put("reservation", rob.reservation());
        ArrayNode cs = n.putArray("candidates");
        for (Result x : rob.candidates()) {
            cs.add(result(d, x));
        }
        ObjectNode alternatives = n.putObject("alternatives");
        alternatives.put("ours", rob.reservation());
        ObjectNode theirs = alternatives.putObject("theirs");
        theirs.put("mean", rob.theirReservation().mean());
        theirs.put("low", rob.theirReservation().low());
        theirs.put("high", rob.theirReservation().high());
        if (rob.plan().isPresent()) {
            n.set("plan", plan(d, rob.plan().get()));
        } else {
            n.putNull("plan");
        }
        ArrayNode gestures = n.putArray("gesturesBesideTarget");
        for (var e : rob.gestures()) {
            ObjectNode o = gestures.addObject();
            ArrayNode names = o.putArray("gestures");
            e.gestures().forEach(names::add);
            o.put("cost", e.cost());
            o.put("value", e.value());
            o.put("pAccept", e.pAccept());
            o.put("expectedUtility", e.expectedUtility());
            o.put("gain", e.gain());
        }
        ArrayNode risks = n.putArray("risks");
        for (BeliefRisk b : rob.risks()) {
            ObjectNode o = risks.addObject();
            o.put("belief", b.belief());
            o.put("low", b.low());
            o.put("high", b.high());
            o.put("targetAtLow", b.targetAtLow());
            o.put("targetAtHigh", b.targetAtHigh());
            o.put("drop", b.drop());
            o.put("regret", b.regret());
            ObjectNode better = o.putObject("betterAtWorst");
            better.put("source", b.betterAtWorst().source());
            ObjectNode out = better.putObject("outcome");
            d.labels(b.betterAtWorst().outcome()).forEach(out::put);
        }
        return n;
    }

    private static ObjectNode plan(Domain d, Plan plan) {
        ObjectNode p = F.objectNode();
        p.set("opening", result(d, plan.opening()));
        p.set("target", result(d, plan.target()));
        p.set("lastOffer", result(d, plan.lastOffer()));
        ArrayNode ladder = p.putArray("ladder");
        for (int k = 0; k < plan.ladder().size(); k++) {
            Step step = plan.ladder().get(k);
            ObjectNode o = ladder.addObject();
            ObjectNode out = o.putObject("outcome");
            d.labels(step.result().candidate().outcome()).forEach(out::put);
            ArrayNode changes = o.putArray("changes");
            for (Change ch : step.changes()) {
                ObjectNode x = changes.addObject();
                x.put("issue", d.issue(ch.issue()).name());
                x.put("from", d.issue(ch.issue()).label(ch.from()));
                x.put("to", d.issue(ch.issue()).label(ch.to()));
            }
            o.put("ourUtility", step.result().ourUtility());
            o.put("pAccept", step.result().pAccept());
            o.put("role", plan.role(k));
        }
        ArrayNode clips = p.putArray("redLineClips");
        for (Clip clip : plan.clips()) {
            ObjectNode o = clips.addObject();
            o.put("issue", d.issue(clip.issue()).name());
            o.put("ourBest", d.issue(clip.issue()).label(clip.best()));
            o.put("bestAllowed", d.issue(clip.issue()).label(clip.allowed()));
            o.put("opening", d.issue(clip.issue()).label(clip.opening()));
            ArrayNode by = o.putArray("refusedBy");
            clip.refusedBy().forEach(by::add);
        }
        return p;
    }

    private static ObjectNode result(Domain d, Result x) {
        ObjectNode o = F.objectNode();
        o.put("source", x.candidate().source());
        ObjectNode out = o.putObject("outcome");
        d.labels(x.candidate().outcome()).forEach(out::put);
        o.put("ourUtility", x.ourUtility());
        o.put("weSign", x.ours());
        o.put("ratifiedThere", x.ratifiedThere());
        o.put("pAccept", x.pAccept());
        o.put("expectedUtility", x.expectedUtility());
        return o;
    }
}
