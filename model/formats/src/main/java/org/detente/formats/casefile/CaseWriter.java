package org.detente.formats.casefile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.detente.model.Deal;
import org.detente.model.DiscreteIssue;
import org.detente.model.Domain;
import org.detente.model.HyperRectangleUtility;
import org.detente.model.IntegerIssue;
import org.detente.model.Issue;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;
import org.detente.model.Party;
import org.detente.model.Preferences;
import org.detente.model.RealIssue;
import org.detente.model.RedLine;
import org.detente.model.ValueFunction;

/**
 * Turns a case into the case file's tree of plain values (ordered maps, lists, strings, numbers,
 * booleans), ready for the JSON writer or the YAML emitter.
 */
final class CaseWriter {
    private CaseWriter() {
    }

    static Map<String, Object> tree(NegotiationCase c) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", 1L);
        root.put("name", c.name());
        if (!c.description().isEmpty()) {
            root.put("description", c.description());
        }
        if (needsUnnormalized(c)) {
            root.put("allowUnnormalizedWeights", true);
        }
        List<Object> issues = new ArrayList<>();
        for (Issue issue : c.domain().issues()) {
            issues.add(issue(issue));
        }
        root.put("issues", issues);
        List<Object> parties = new ArrayList<>();
        for (Party p : c.parties()) {
            parties.add(party(c.domain(), p));
        }
        root.put("parties", parties);
        if (!c.deals().isEmpty()) {
            List<Object> deals = new ArrayList<>();
            for (Deal d : c.deals()) {
                Map<String, Object> deal = new LinkedHashMap<>();
                deal.put("name", d.name());
                if (!d.note().isEmpty()) {
                    deal.put("note", d.note());
                }
                deal.put("values", new LinkedHashMap<String, Object>(c.domain().labels(d.outcome())));
                deals.add(deal);
            }
            root.put("deals", deals);
        }
        PreparationWriter.add(c, root);
        return root;
    }

    private static boolean needsUnnormalized(NegotiationCase c) {
        for (Party p : c.parties()) {
            if (p.preferences().utility() instanceof LinearAdditiveUtility u
                    && Math.abs(u.weightSum() - 1) > CaseReader.WEIGHT_SUM_TOLERANCE) {
                return true;
            }
        }
        return false;
    }

    /** A number as it should be written: whole numbers without a fraction. */
    static Object num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return (long) v;
        }
        return v;
    }

    private static Map<String, Object> issue(Issue issue) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", issue.name());
        if (issue instanceof DiscreteIssue d) {
            m.put("type", "discrete");
            m.put("values", new ArrayList<Object>(d.values()));
        } else if (issue instanceof IntegerIssue i) {
            m.put("type", "integer");
            m.put("min", i.min());
            m.put("max", i.max());
        } else if (issue instanceof RealIssue r) {
            m.put("type", "real");
            m.put("min", num(r.min()));
            m.put("max", num(r.max()));
            if (r.enumerable()) {
                m.put("step", num(r.step()));
            }
        } else {
            throw new AssertionError(issue);
        }
        return m;
    }

    private static Map<String, Object> party(Domain domain, Party party) {
        Preferences prefs = party.preferences();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", party.name());
        m.put("reservation", num(prefs.reservationValue()));
        m.put("discount", num(prefs.discountFactor()));
        if (prefs.utility() instanceof LinearAdditiveUtility u) {
            Map<String, Object> weights = new LinkedHashMap<>();
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < domain.size(); i++) {
                Issue issue = domain.issue(i);
                weights.put(issue.name(), num(u.weight(i)));
                values.put(issue.name(), function(issue, u.functions().get(i)));
            }
            m.put("weights", weights);
            m.put("values", values);
        } else if (prefs.utility() instanceof HyperRectangleUtility h) {
            m.put("utility", rectangles(domain, h));
        } else {
            throw new AssertionError(prefs.utility());
        }
        if (!prefs.redLines().isEmpty()) {
            List<Object> lines = new ArrayList<>();
            for (RedLine r : prefs.redLines()) {
                lines.add(redLine(domain, r));
            }
            m.put("redLines", lines);
        }
        return m;
    }

    static Object function(Issue issue, ValueFunction f) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (f instanceof ValueFunction.Table t) {
            for (int v = 0; v < t.values().size(); v++) {
                m.put(issue.label(v), num(t.values().get(v)));
            }
        } else if (f instanceof ValueFunction.Linear l) {
            Map<String, Object> lin = new LinkedHashMap<>();
            lin.put("slope", num(l.slope()));
            lin.put("offset", num(l.offset()));
            lin.put("origin", num(l.origin()));
            m.put("linear", lin);
        } else if (f instanceof ValueFunction.PiecewiseLinear p) {
            List<Object> points = new ArrayList<>();
            for (ValueFunction.Point pt : p.points()) {
                points.add(List.of(num(pt.x()), num(pt.y())));
            }
            m.put("points", points);
        } else {
            throw new AssertionError(f);
        }
        return m;
    }

    static Map<String, Object> redLine(Domain domain, RedLine r) {
        Issue issue = domain.issue(r.issue());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("issue", issue.name());
        if (r instanceof RedLine.Refuse refuse) {
            List<Object> values = new ArrayList<>();
            for (int v : refuse.values()) {
                values.add(issue.label(v));
            }
            m.put("refuse", values);
        } else if (r instanceof RedLine.Within w) {
            m.put("within", interval(issue, w.min(), w.max()));
        } else {
            throw new AssertionError(r);
        }
        return m;
    }

    /** Lower bound of a numeric issue. */
    static double lowerBound(Issue issue) {
        if (issue instanceof IntegerIssue i) {
            return i.min();
        } else if (issue instanceof RealIssue r) {
            return r.min();
        }
        throw new IllegalArgumentException("issue '" + issue.name() + "' is not numeric");
    }

    /** Upper bound of a numeric issue. */
    static double upperBound(Issue issue) {
        if (issue instanceof IntegerIssue i) {
            return i.max();
        } else if (issue instanceof RealIssue r) {
            return r.max();
        }
        throw new IllegalArgumentException("issue '" + issue.name() + "' is not numeric");
    }

    /** An interval with an infinite end replaced by the issue's bound on that side. */
    private static List<Object> interval(Issue issue, double min, double max) {
        double first = lowerBound(issue);
        double last = upperBound(issue);
        double lo = Double.isInfinite(min) ? (min < 0 ? first : last) : min;
        double hi = Double.isInfinite(max) ? (max > 0 ? last : first) : max;
        return List.of(num(lo), num(hi));
    }

    static Map<String, Object> rectangles(Domain domain, HyperRectangleUtility h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "hyperrectangles");
        m.put("maxUtility", num(h.maxUtility()));
        List<Object> list = new ArrayList<>();
        for (HyperRectangleUtility.Rectangle r : h.rectangles()) {
            Map<String, Object> rect = new LinkedHashMap<>();
            rect.put("utility", num(r.utility()));
            Map<String, Object> bounds = new LinkedHashMap<>();
            for (HyperRectangleUtility.Bound b : r.bounds()) {
                Issue issue = domain.issue(b.issue());
                bounds.put(issue.name(), interval(issue, b.min(), b.max()));
            }
            rect.put("bounds", bounds);
            list.add(rect);
        }
        m.put("rectangles", list);
        return m;
    }
}
