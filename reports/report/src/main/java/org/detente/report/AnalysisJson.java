package org.detente.report;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.detente.analysis.Analysis;
import org.detente.analysis.Analyzer;
import org.detente.analysis.Computed;
import org.detente.analysis.Point;
import org.detente.analysis.RedLineCrossing;
import org.detente.analysis.Solutions;
import org.detente.analysis.TradeOff;
import org.detente.analysis.ValueLeft;
import org.detente.analysis.Zopa;
import org.detente.model.Deal;
import org.detente.model.Domain;
import org.detente.model.NegotiationCase;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code detente analyze --json} contract: one JSON object. Keys {@code outcomes},
 * {@code parties}, {@code reservation}, {@code paretoFrontier}, {@code nash},
 * {@code kalaiSmorodinsky}, {@code egalitarian}, {@code maxWelfare}, {@code opposition} are the
 * stable contract; the others are documented additions.
 */
public final class AnalysisJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final BigInteger MAX_SAFE = BigInteger.ONE.shiftLeft(53);

    private AnalysisJson() {
    }

    /**
     * Writes the analysis as pretty-printed JSON.
     *
     * @param caseName  the case's name
     * @param domain    the case's domain (for value labels)
     * @param a         the analysis
     * @param valueLeft what the {@code --deal} outcome leaves on the table, or null
     * @param deals     the deals examined (named in the case, and the {@code --deal})
     * @param out       where the JSON object is written, streamed (an analysis of 10^5 points prints tens of MB);
     *                  left open
     */
    public static void render(java.io.Writer out, String caseName, Domain domain, Analysis a, ValueLeft valueLeft,
                              List<DealReport> deals) {
        PrettyJson.write(out, tree(caseName, domain, a, valueLeft, deals));
    }

    /** The analysis as a JSON tree; {@link #render} prints it. */
    public static ObjectNode tree(String caseName, Domain domain, Analysis a, ValueLeft valueLeft, List<DealReport> deals) {
        ObjectNode root = F.objectNode();
        root.put("case", caseName);
        count(root, "outcomes", a.outcomes());
        count(root, "agreementOutcomes", a.agreementOutcomes());
        ArrayNode parties = root.putArray("parties");
        a.parties().forEach(parties::add);
        ArrayNode rv = root.putArray("reservation");
        a.reservation().forEach(rv::add);
        root.put("frontierMethod", a.frontierMethodText());
        ArrayNode frontier = root.putArray("paretoFrontier");
        for (Point p : a.frontier()) {
            frontier.add(point(domain, p));
        }
        Solutions s = a.solutions();
        root.set("nash", point(domain, s.nash()));
        root.set("kalaiSmorodinsky", point(domain, s.kalaiSmorodinsky()));
        root.set("egalitarian", point(domain, s.egalitarian()));
        root.set("maxWelfare", point(domain, s.maxWelfare()));
        root.set("geniusKalai", point(domain, s.geniusKalai()));
        number(root, "opposition", a.opposition());
        number(root, "anlOpposition", a.anlOpposition());
        ObjectNode zopa = root.putObject("zopa");
        if (a.zopa() instanceof Computed.Value<Zopa> z) {
            count(zopa, "size", z.value().size());
            number(zopa, "share", z.value().share());
            zopa.put("method", z.value().method());
        } else if (a.zopa() instanceof Computed.NotComputed<Zopa> n) {
            zopa.putNull("size");
            zopa.putNull("share");
            zopa.put("method", n.reason());
        } else {
            throw new AssertionError(a.zopa());
        }
        ArrayNode trades = root.putArray("tradeOffs");
        for (TradeOff t : a.tradeOffs()) {
            ObjectNode row = trades.addObject();
            row.put("giver", a.parties().get(t.giver()));
            row.put("issue", t.issue());
            row.put("from", t.from());
            row.put("to", t.to());
            row.put("cost", t.cost());
            ArrayNode gains = row.putArray("gains");
            t.gains().forEach(gains::add);
            number(row, "ratio", t.ratio());
        }
        if (valueLeft != null) {
            root.set("valueLeft", valueLeft(domain, valueLeft));
        }
        ArrayNode dealNodes = root.putArray("deals");
        for (DealReport d : deals) {
            ObjectNode node = valueLeft(domain, d.valueLeft());
            node.put("name", d.name());
            node.put("note", d.note());
            dealNodes.add(node);
        }
        return root;
    }

    /** What each deal named in the case leaves on the table, in the case's order. */
    public static List<DealReport> deals(NegotiationCase c, Analysis a) {
        List<DealReport> out = new ArrayList<>();
        for (Deal d : c.deals()) {
            out.add(new DealReport(d.name(), d.note(), Analyzer.valueLeft(c, a, d.outcome())));
        }
        return out;
    }

    /** The analysis of a case with its named deals, as a JSON tree (the {@code analyze --json} object). */
    public static ObjectNode tree(NegotiationCase c, Analysis a) {
        return tree(c.name(), c.domain(), a, null, deals(c, a));
    }

    /**
     * What a package leaves on the table: its point, distance to the frontier, the improvements (none
     * crosses a red line) and the red lines the package crosses ({@code crossesRedLines}:
     * {@code party}, {@code issue}, {@code value}, and the {@code redLine} in words; empty when every
     * party could sign it).
     */
    public static ObjectNode valueLeft(Domain domain, ValueLeft left) {
        ObjectNode v = F.objectNode();
        v.set("outcome", point(domain, left.outcome()));
        number(v, "distanceToFrontier", left.distanceToFrontier());
        v.put("onFrontier", left.onFrontier());
        ArrayNode better = v.putArray("improvements");
        left.improvements().forEach(p -> better.add(point(domain, p)));
        ArrayNode crossed = v.putArray("crossesRedLines");
        for (RedLineCrossing x : left.crossesRedLines()) {
            crossed.addObject().put("party", x.party()).put("issue", x.issue()).put("value", x.value())
                    .put("redLine", x.redLine().describe(domain.issue(x.redLine().issue())));
        }
        return v;
    }

    /** A point as {@link #point(Domain, Point)}, or JSON null when there is none. */
    public static ObjectNode point(Domain domain, Computed<Point> p) {
        return point(domain, p.orElse(null));
    }

    /** A point as {@code {"outcome": {issue: value}, "utilities": [...]}}, or null for null. */
    public static ObjectNode point(Domain domain, Point p) {
        if (p == null) {
            return null;
        }
        ObjectNode node = F.objectNode();
        ObjectNode outcome = node.putObject("outcome");
        domain.labels(p.outcome()).forEach(outcome::put);
        ArrayNode us = node.putArray("utilities");
        List<Double> utilities = p.utilities();
        utilities.forEach(us::add);
        return node;
    }

    /** An exact count: a JSON integer up to 2^53, a decimal string above. */
    public static void count(ObjectNode node, String key, BigInteger n) {
        if (n.compareTo(MAX_SAFE) <= 0) {
            node.put(key, n.longValue());
        } else {
            node.put(key, n.toString());
        }
    }

    /** A number, or null when NaN; +∞ as the string "Infinity". */
    public static void number(ObjectNode node, String key, double x) {
        if (Double.isNaN(x)) {
            node.putNull(key);
        } else if (Double.isInfinite(x)) {
            node.put(key, x > 0 ? "Infinity" : "-Infinity");
        } else {
            node.put(key, x);
        }
    }
}
