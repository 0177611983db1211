package org.detente.formats.genius;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.detente.model.DiscreteIssue;
import org.detente.model.Domain;
import org.detente.model.HyperRectangleUtility;
import org.detente.model.IntegerIssue;
import org.detente.model.Issue;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;
import org.detente.model.Party;
import org.detente.model.RealIssue;
import org.detente.model.UtilityFunction;
import org.detente.model.ValueFunction;

/**
 * Renders a case as GENIUS XML text: one domain template and one profile per party. Pure: writes
 * no file, and throws before producing anything if some part cannot be expressed.
 */
final class GeniusWriter {
    /** Largest number of values a numeric issue may have to be written as a discrete one. */
    static final int MAX_CONVERTED_VALUES = 100_000;

    private GeniusWriter() {
    }

    /**
     * One file's name and content.
     *
     * @param fileName the file name (no directory)
     * @param xml      the content
     */
    record Output(String fileName, String xml) {
    }

    /** How one issue is written. */
    private enum Form { NATIVE, DISCRETE }

    static List<Output> render(NegotiationCase c) {
        Domain domain = c.domain();
        Form[] forms = new Form[domain.size()];
        for (int i = 0; i < domain.size(); i++) {
            forms[i] = form(c, i);
        }
        var files = new ArrayList<Output>();
        String domainFile = domainFileName(c);
        files.add(new Output(domainFile, domainXml(c.name(), domain, forms)));
        var names = new java.util.HashSet<String>();
        names.add(domainFile.toLowerCase(Locale.ROOT));
        for (Party p : c.parties()) {
            String name = safeFileName(p.name(), "party name") + ".xml";
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("party '" + p.name() + "' would be written to " + name
                        + ", which another file of this case already uses");
            }
            files.add(new Output(name, profileXml(c.name(), domain, forms, p)));
        }
        if (!c.preparation().isEmpty()) {
            throw new IllegalArgumentException("the case has counterpart profiles, ratifiers or gestures, which"
                    + " GENIUS XML cannot express");
        }
        return files;
    }

    /**
     * The steps of the real issues written as GENIUS real ranges, which are continuous: one line per
     * issue, naming the {@code --real-intervals} that reads the values back when they are evenly spaced.
     */
    static List<String> lostSteps(NegotiationCase c) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < c.domain().size(); i++) {
            if (c.domain().issue(i) instanceof RealIssue r && r.enumerable() && nativeOrNone(c, i)) {
                long intervals = Math.round((r.max() - r.min()) / r.step());
                boolean even = intervals == r.cardinality() - 1
                        && Math.abs(r.min() + intervals * r.step() - r.max()) <= 1e-9 * Math.max(1, Math.abs(r.max()));
                out.add("issue '" + r.name() + "': its step of " + RealIssue.format(r.step())
                        + " (a GENIUS real range is continuous" + (even ? "; reading the files with --real-intervals "
                        + intervals + " gives its " + r.cardinality() + " values back" : "") + ")");
            }
        }
        return out;
    }

    /** Whether issue {@code i} is written natively; false also when it cannot be written at all. */
    private static boolean nativeOrNone(NegotiationCase c, int i) {
        try {
            return form(c, i) == Form.NATIVE;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String domainFileName(NegotiationCase c) {
        try {
            return safeFileName(c.name(), "case name") + "-domain.xml";
        } catch (IllegalArgumentException e) {
            return "domain.xml";
        }
    }

    /** The name itself if it can be a file name on common systems. */
    static String safeFileName(String name, String what) {
        boolean ok = !name.isEmpty() && name.length() <= 200 && !name.equals(".") && !name.equals("..")
                && name.equals(name.strip()) && !name.endsWith(".");
        for (int i = 0; ok && i < name.length(); i++) {
            char ch = name.charAt(i);
            ok = ch >= 0x20 && ch != 0x7F && "/\\:*?\"<>|".indexOf(ch) < 0;
        }
        if (!ok) {
            throw new IllegalArgumentException("the " + what + " '" + name + "' cannot be used as a file name");
        }
        return name;
    }

    /** Decides whether issue {@code i} can be written natively or must become discrete. */
    private static Form form(NegotiationCase c, int i) {
        Issue issue = c.domain().issue(i);
        if (issue instanceof DiscreteIssue) {
            return Form.NATIVE;
        }
        Party blocker = null;
        for (Party p : c.parties()) {
            UtilityFunction u = p.preferences().utility();
            if (u instanceof LinearAdditiveUtility lin && Functions.nativeForm(issue, lin.functions().get(i)) == null) {
                blocker = p;
                break;
            }
        }
        if (blocker == null) {
            return Form.NATIVE;
        }
        String why = "party '" + blocker.name() + "', issue '" + issue.name() + "': GENIUS cannot express a "
                + kind(blocker.preferences().utility(), i) + " on a " + Functions.word(issue) + " issue";
        if (!issue.enumerable() || issue.cardinality() > MAX_CONVERTED_VALUES) {
            throw new IllegalArgumentException(why + ", and the issue cannot be turned into a discrete one ("
                    + (issue.enumerable() ? issue.cardinality() + " values" : "it is a continuum") + ")");
        }
        for (Party p : c.parties()) {
            if (p.preferences().utility() instanceof HyperRectangleUtility) {
                throw new IllegalArgumentException(why + ", and turning the issue discrete would break the "
                        + "hyper-rectangle profile of party '" + p.name() + "'");
            }
        }
        return Form.DISCRETE;
    }

    private static String kind(UtilityFunction u, int i) {
        if (u instanceof LinearAdditiveUtility lin) {
            return lin.functions().get(i).getClass().getSimpleName() + " value function";
        }
        return "value function";
    }

    private static String[] objectiveAttrs(String name) {
        return new String[] {"index", "0", "etype", "objective", "type", "objective", "description", "", "name", name};
    }

    private static String domainXml(String caseName, Domain domain, Form[] forms) {
        var x = new XmlOut();
        x.open("negotiation_template");
        x.open("utility_space", "number_of_issues", Integer.toString(domain.size()));
        x.open("objective", objectiveAttrs(caseName));
        for (int i = 0; i < domain.size(); i++) {
            issueDecl(x, domain.issue(i), i, forms[i], null);
        }
        x.close().close().close();
        return x.toString();
    }

    /**
     * Writes an issue declaration; with {@code table} (evaluations in value order) the items carry
     * evaluations.
     */
    private static void issueDecl(XmlOut x, Issue issue, int i, Form form, double[] table) {
        String index = Integer.toString(i + 1);
        if (form == Form.DISCRETE || issue instanceof DiscreteIssue) {
            x.open("issue", "index", index, "etype", "discrete", "type", "discrete", "vtype", "discrete",
                    "name", issue.name());
            for (int k = 0; k < issue.cardinality(); k++) {
                if (table == null) {
                    x.empty("item", "index", Integer.toString(k + 1), "value", issue.label(k));
                } else {
                    x.empty("item", "index", Integer.toString(k + 1), "value", issue.label(k),
                            "evaluation", Double.toString(table[k]));
                }
            }
            x.close();
        } else if (issue instanceof IntegerIssue ii) {
            Functions.checkIntBounds(ii);
            x.empty("issue", "index", index, "etype", "integer", "type", "integer", "vtype", "integer",
                    "name", issue.name(), "lowerbound", Long.toString(ii.min()), "upperbound", Long.toString(ii.max()));
        } else if (issue instanceof RealIssue r) {
            x.open("issue", "index", index, "etype", "real", "type", "real", "vtype", "real", "name", issue.name());
            x.empty("range", "lowerbound", Double.toString(r.min()), "upperbound", Double.toString(r.max()));
            x.close();
        } else {
            throw new AssertionError(issue);
        }
    }

    private static String profileXml(String caseName, Domain domain, Form[] forms, Party p) {
        if (!p.preferences().redLines().isEmpty()) {
            throw new IllegalArgumentException("party '" + p.name() + "' has red lines, which GENIUS XML cannot express");
        }
        UtilityFunction u = p.preferences().utility();
        var x = new XmlOut();
        if (u instanceof HyperRectangleUtility h) {
            x.open("utility_space", "type", "nonlinear");
            x.open("objective", objectiveAttrs(caseName));
            for (int i = 0; i < domain.size(); i++) {
                issueDecl(x, domain.issue(i), i, forms[i], null);
            }
            rectangles(x, h, p);
            x.close();
        } else if (u instanceof LinearAdditiveUtility lin) {
            x.open("utility_space");
            x.open("objective", objectiveAttrs(caseName));
            double[] weights = new double[domain.size()];
            for (int i = 0; i < domain.size(); i++) {
                weights[i] = additiveIssue(x, domain.issue(i), i, forms[i], lin);
            }
            for (int i = 0; i < domain.size(); i++) {
                x.empty("weight", "index", Integer.toString(i + 1), "value", Double.toString(weights[i]));
            }
            x.close();
        } else {
            throw new AssertionError(u);
        }
        x.empty("discount_factor", "value", Double.toString(p.preferences().discountFactor()));
        x.empty("reservation", "value", Double.toString(p.preferences().reservationValue()));
        x.close();
        return x.toString();
    }

    /** Writes one issue of an additive profile; returns the weight to write for it. */
    private static double additiveIssue(XmlOut x, Issue issue, int i, Form form, LinearAdditiveUtility lin) {
        double w = lin.weight(i);
        ValueFunction fn = lin.functions().get(i);
        if (form == Form.DISCRETE || issue instanceof DiscreteIssue) {
            double[] values = new double[issue.cardinality()];
            double max = 0;
            for (int k = 0; k < values.length; k++) {
                values[k] = fn.evaluate(issue, k);
                max = Math.max(max, values[k]);
            }
            if (max != 0 && max != 1) {
                // GENIUS divides by the largest evaluation, so the scale moves into the weight
                for (int k = 0; k < values.length; k++) {
                    values[k] = values[k] / max;
                }
                w = w * max;
            }
            issueDecl(x, issue, i, Form.DISCRETE, values);
            return w;
        }
        Functions.Native n = Functions.nativeForm(issue, fn);
        if (issue instanceof IntegerIssue ii) {
            x.open("issue", "index", Integer.toString(i + 1), "etype", "integer", "type", "integer", "vtype", "integer",
                    "name", issue.name(), "lowerbound", Long.toString(n.lowerbound()), "upperbound", Long.toString(ii.max()));
            x.empty("evaluator", "ftype", "linear", "slope", Double.toString(n.slope()),
                    "offset", Double.toString(n.offset()));
        } else if (issue instanceof RealIssue r) {
            x.open("issue", "index", Integer.toString(i + 1), "etype", "real", "type", "real", "vtype", "real",
                    "name", issue.name());
            x.empty("range", "lowerbound", Double.toString(r.min()), "upperbound", Double.toString(r.max()));
            x.empty("evaluator", "ftype", "linear", "parameter0", Double.toString(n.offset()),
                    "parameter1", Double.toString(n.slope()));
        } else {
            throw new AssertionError(issue);
        }
        x.close();
        return w;
    }

    private static void rectangles(XmlOut x, HyperRectangleUtility h, Party p) {
        x.open("utility", "maxutility", Double.toString(h.maxUtility()));
        x.open("ufun", "type", "PlainUfun", "weight", "1", "aggregation", "sum");
        for (HyperRectangleUtility.Rectangle r : h.rectangles()) {
            var lows = new long[r.bounds().size()];
            var highs = new long[r.bounds().size()];
            boolean empty = false;
            for (int k = 0; k < lows.length; k++) {
                HyperRectangleUtility.Bound b = r.bounds().get(k);
                if (!(h.domain().issue(b.issue()) instanceof IntegerIssue ii)) {
                    throw new IllegalArgumentException("party '" + p.name() + "', issue '"
                            + h.domain().issue(b.issue()).name()
                            + "': GENIUS hyper-rectangles can bound only integer issues");
                }
                // on integers [min, max] holds exactly the values of [ceil(min), floor(max)] within the issue
                lows[k] = (long) Math.max(Math.ceil(b.min()), ii.min());
                highs[k] = (long) Math.min(Math.floor(b.max()), ii.max());
                empty |= lows[k] > highs[k];
            }
            if (empty) {
                continue; // covers no outcome, contributes nothing
            }
            x.open("hyperRectangle", "utility", Double.toString(r.utility()));
            for (int k = 0; k < lows.length; k++) {
                x.empty("INCLUDES", "index", Integer.toString(r.bounds().get(k).issue() + 1),
                        "min", Long.toString(lows[k]), "max", Long.toString(highs[k]));
            }
            x.close();
        }
        x.close().close();
    }
}
