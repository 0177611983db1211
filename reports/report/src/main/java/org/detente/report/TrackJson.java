package org.detente.report;

import org.detente.analysis.RobustnessAnalysis.Estimate;
import org.detente.model.Domain;
import org.detente.model.NegotiationCase;
import org.detente.model.NegotiationRecord;
import org.detente.model.Outcome;
import org.detente.track.Tracking;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@code detente track --json} prints and the web's Live page reads: one object with
 * {@code offers}, {@code estimate}, {@code next} and {@code warnings} (docs/record.md).
 */
public final class TrackJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private TrackJson() {
    }

    /** The object as one line of JSON text. */
    public static String render(NegotiationCase c, NegotiationRecord r, Tracking t) {
        return tree(c, r, t).toString();
    }

    /** The object. */
    public static ObjectNode tree(NegotiationCase c, NegotiationRecord r, Tracking t) {
        Domain d = c.domain();
        ObjectNode root = F.objectNode();
        root.put("case", r.scenario());
        root.put("us", r.us());
        root.put("counterpart", r.counterpart());
        ArrayNode offers = root.putArray("offers");
        for (Tracking.TrackedOffer o : t.offers()) {
            ObjectNode n = offers.addObject();
            n.put("by", o.by());
            n.set("outcome", outcome(d, o.outcome()));
            n.put("time", o.time());
            n.put("ourUtility", o.ourUtility());
            n.set("theirUtility", estimate(o.theirUtility()));
            if (o.move().isPresent()) {
                n.put("move", o.move().get().label());
            } else {
                n.putNull("move");
            }
        }
        ObjectNode estimate = root.putObject("estimate");
        ObjectNode issues = estimate.putObject("issues");
        for (int i = 0; i < d.size(); i++) {
            Tracking.IssueEstimate e = t.estimate().issues().get(i);
            ObjectNode issue = issues.putObject(d.issue(i).name());
            issue.put("weight", e.weight().mean());
            issue.putObject("weightInterval").put("low", e.weight().low()).put("high", e.weight().high());
            issue.set("priorWeight", estimate(e.prior()));
            ObjectNode values = issue.putObject("values");
            for (int v = 0; v < e.evaluations().size(); v++) {
                values.put(d.issue(i).label(v), e.evaluations().get(v));
            }
        }
        estimate.set("reservation", estimate(t.estimate().reservation()));
        if (t.estimate().concession().isPresent()) {
            ObjectNode concession = estimate.putObject("concession");
            concession.put("e", t.estimate().concession().get().exponent());
            concession.put("style", t.estimate().concession().get().style().label());
        } else {
            estimate.putNull("concession");
        }
        if (t.next().isPresent()) {
            Tracking.Next x = t.next().get();
            ObjectNode next = root.putObject("next");
            next.set("outcome", outcome(d, x.outcome()));
            next.put("ourUtility", x.ourUtility());
            next.put("pAccept", x.pAccept());
            next.put("why", x.why());
        } else {
            root.putNull("next");
        }
        ArrayNode warnings = root.putArray("warnings");
        t.warnings().forEach(warnings::add);
        root.put("hypotheses", t.hypotheses());
        root.put("effectiveHypotheses", t.effective());
        return root;
    }

    private static ObjectNode outcome(Domain d, Outcome o) {
        ObjectNode n = F.objectNode();
        d.labels(o).forEach(n::put);
        return n;
    }

    private static ObjectNode estimate(Estimate e) {
        ObjectNode n = F.objectNode();
        n.put("mean", e.mean());
        n.put("low", e.low());
        n.put("high", e.high());
        return n;
    }
}
