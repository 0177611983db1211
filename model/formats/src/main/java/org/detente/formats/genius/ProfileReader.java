package org.detente.formats.genius;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.detente.formats.InputException;
import org.detente.formats.genius.Decls.IssueDecl;
import org.detente.formats.genius.Decls.Kind;
import org.detente.formats.genius.XmlTree.El;
import org.detente.model.DiscreteIssue;
import org.detente.model.Domain;
import org.detente.model.IntegerIssue;
import org.detente.model.Issue;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.Preferences;
import org.detente.model.RealIssue;
import org.detente.model.UtilityFunction;
import org.detente.model.ValueFunction;

/**
 * Reads a GENIUS preference profile (linear additive, or non-linear hyper-rectangles) against a
 * domain. See {@link GeniusXml} for the semantics.
 */
final class ProfileReader {
    /** GENIUS's {@code EvaluatorDiscrete.normalize}: a maximum below this gives all zeros. */
    static final double GENIUS_MIN_MAX_EVALUATION = 0.00001;

    private final Fields f;
    private final Domain domain;
    private final Map<Integer, Integer> domainNumbers;

    private ProfileReader(Fields f, Domain domain, Map<Integer, Integer> domainNumbers) {
        this.f = f;
        this.domain = domain;
        this.domainNumbers = domainNumbers;
    }

    /**
     * @param domainNumbers GENIUS issue numbers of the domain file, or null if unknown
     */
    static Preferences read(Path file, Domain domain, Map<Integer, Integer> domainNumbers) throws InputException {
        var f = new Fields(file);
        El root = XmlTree.read(file);
        El us = Decls.utilitySpace(f, root);
        return new ProfileReader(f, domain, domainNumbers).preferences(us);
    }

    private Preferences preferences(El us) throws InputException {
        El objective = Decls.objective(f, us);
        String type = us.attr("type");
        UtilityFunction u;
        boolean nonlinear = type != null && type.trim().equalsIgnoreCase("nonlinear");
        if (nonlinear) {
            List<IssueDecl> decls = Decls.issues(f, objective);
            for (IssueDecl d : decls) {
                position(d);
            }
            u = NonlinearReader.read(f, domain, objective, decls, domainNumbers);
        } else if (type != null && !type.isBlank() && !type.trim().equalsIgnoreCase("linear")
                && !type.trim().equalsIgnoreCase("uncertain")) {
            throw f.error(us, "type", "utility space type '" + type
                    + "' is not supported (expected a linear additive or a nonlinear profile)");
        } else {
            if (objective.first("utility") != null) {
                throw f.error(objective.first("utility"),
                        "a <utility> (hyper-rectangle) block needs <utility_space type=\"nonlinear\">");
            }
            u = additive(objective);
        }
        double rv = reservation(us, objective);
        double df = discount(us, objective);
        try {
            return new Preferences(u, rv, df, List.of());
        } catch (IllegalArgumentException e) {
            throw f.error(us, e.getMessage());
        }
    }

    private LinearAdditiveUtility additive(El objective) throws InputException {
        List<IssueDecl> decls = Decls.issues(f, objective);
        var weightEls = new HashMap<Integer, El>();
        for (El w : objective.all("weight")) {
            int index = f.index(w, "index");
            if (weightEls.put(index, w) != null) {
                throw f.error(w, "index", "a second <weight> for index " + index);
            }
        }
        int n = domain.size();
        var weights = new Double[n];
        var functions = new ValueFunction[n];
        var used = new HashMap<Integer, IssueDecl>();
        for (IssueDecl d : decls) {
            int pos = position(d);
            El w = weightEls.remove(d.number());
            if (w == null) {
                throw f.error(d.el(), "index", "missing weight: no <weight index=\"" + d.number() + "\"> for issue '"
                        + d.name() + "'");
            }
            double weight = f.nonNegative(w, "value", "weight");
            weights[pos] = weight;
            functions[pos] = valueFunction(d, domain.issue(pos));
            used.put(pos, d);
        }
        for (var stray : weightEls.entrySet()) {
            String objIndex = objective.attr("index");
            if (objIndex == null || !objIndex.trim().equals(Integer.toString(stray.getKey()))) {
                throw f.error(stray.getValue(), "index", "weight index " + stray.getKey() + " matches no issue");
            }
        }
        for (int i = 0; i < n; i++) {
            if (!used.containsKey(i)) {
                throw f.error(objective, "domain issue '" + domain.issue(i).name() + "' has no evaluation in this profile");
            }
        }
        try {
            return new LinearAdditiveUtility(domain, List.of(weights), List.of(functions));
        } catch (IllegalArgumentException e) {
            throw f.error(objective, e.getMessage());
        }
    }

    /** Position in the domain of a profile issue, matched by name, with a matching kind. */
    int position(IssueDecl d) throws InputException {
        int pos = domain.indexOf(d.name());
        if (pos < 0) {
            throw f.error(d.el(), "name", "profile issue '" + d.name() + "' is not in the domain '" + domain.name() + "'");
        }
        Kind expected = kindOf(domain.issue(pos));
        if (expected != d.kind()) {
            throw f.error(d.el(), "type", "issue '" + d.name() + "' is " + expected.word() + " in the domain but "
                    + d.kind().word() + " in this profile");
        }
        return pos;
    }

    static Kind kindOf(Issue issue) {
        if (issue instanceof DiscreteIssue) {
            return Kind.DISCRETE;
        } else if (issue instanceof IntegerIssue) {
            return Kind.INTEGER;
        } else if (issue instanceof RealIssue) {
            return Kind.REAL;
        }
        throw new AssertionError(issue);
    }

    private ValueFunction valueFunction(IssueDecl d, Issue issue) throws InputException {
        return switch (d.kind()) {
            case DISCRETE -> table(d, (DiscreteIssue) issue);
            case INTEGER -> integerLinear(d, (IntegerIssue) issue);
            case REAL -> realLinear(d, (RealIssue) issue);
        };
    }

    /** GENIUS's EvaluatorDiscrete: each evaluation divided by the issue's largest one. */
    private ValueFunction table(IssueDecl d, DiscreteIssue issue) throws InputException {
        double[] raw = new double[issue.cardinality()];
        boolean[] seen = new boolean[raw.length];
        for (El item : d.el().all("item")) {
            String v = f.text(item, "value");
            int k = issue.indexOf(v);
            if (k < 0) {
                throw f.error(item, "value", "issue '" + d.name() + "' has no value '" + v + "' in the domain");
            }
            if (seen[k]) {
                throw f.error(item, "value", "issue '" + d.name() + "' evaluates the value '" + v + "' twice");
            }
            seen[k] = true;
            raw[k] = f.nonNegative(item, "evaluation", "evaluation");
        }
        for (int k = 0; k < raw.length; k++) {
            if (!seen[k]) {
                throw f.error(d.el(), "issue '" + d.name() + "' has no evaluation for the value '" + issue.label(k) + "'");
            }
        }
        double max = 0;
        for (double r : raw) {
            max = Math.max(max, r);
        }
        var values = new ArrayList<Double>(raw.length);
        for (double r : raw) {
            values.add(max < GENIUS_MIN_MAX_EVALUATION ? 0.0 : r / max);
        }
        return new ValueFunction.Table(values);
    }

    /** GENIUS's EvaluatorInteger: offset + slope·(x − lowerbound), clipped to [0, 1]. */
    private ValueFunction integerLinear(IssueDecl d, IntegerIssue issue) throws InputException {
        El el = d.el();
        long origin = el.attr("lowerbound") != null ? f.whole(el, "lowerbound") : issue.min();
        if (el.attr("upperbound") != null) {
            f.whole(el, "upperbound");
        }
        El ev = evaluator(d);
        String ftype = ev.attr("ftype");
        if (ftype != null && !ftype.trim().equalsIgnoreCase("linear")) {
            throw f.error(ev, "ftype", "integer evaluator type '" + ftype + "' is not supported (only linear)");
        }
        return new ValueFunction.Linear(f.number(ev, "slope"), f.number(ev, "offset"), origin);
    }

    /** GENIUS's EvaluatorReal: linear is parameter1·x + parameter0 clipped to [0, 1]. */
    private ValueFunction realLinear(IssueDecl d, RealIssue issue) throws InputException {
        El ev = evaluator(d);
        String ftype = f.text(ev, "ftype").trim().toLowerCase(Locale.ROOT);
        switch (ftype) {
            case "linear":
                return new ValueFunction.Linear(f.number(ev, "parameter1"), f.number(ev, "parameter0"), 0);
            case "constant": {
                double c = f.number(ev, "parameter0");
                if (c < 0 || c > 1) {
                    throw f.error(ev, "parameter0", "constant evaluation " + c + " is not in [0, 1]");
                }
                return new ValueFunction.Linear(0, c, 0);
            }
            default:
                throw f.error(ev, "ftype", "real evaluator type '" + ftype
                        + "' is not supported (only linear and constant)");
        }
    }

    private El evaluator(IssueDecl d) throws InputException {
        List<El> evs = d.el().all("evaluator");
        if (evs.isEmpty()) {
            throw f.error(d.el(), d.kind().word() + " issue '" + d.name() + "' has no <evaluator>");
        }
        if (evs.size() > 1) {
            throw f.error(evs.get(1), "issue '" + d.name() + "' has more than one <evaluator>");
        }
        return evs.get(0);
    }

    /** GENIUS reads {@code <reservation value>}; absent means 0. */
    private double reservation(El us, El objective) throws InputException {
        El el = single(us, objective, "reservation");
        return el == null ? 0 : f.number(el, "value");
    }

    /**
     * GENIUS reads {@code <discount_factor value>}; absent means 1, and
     * {@code AbstractUtilitySpace.validateDiscount} turns any value ≤ 0 or > 1 into 1.
     */
    private double discount(El us, El objective) throws InputException {
        El el = single(us, objective, "discount_factor");
        if (el == null) {
            return 1;
        }
        return validateDiscount(f.number(el, "value"));
    }

    static double validateDiscount(double df) {
        return df <= 0 || df > 1 ? 1 : df;
    }

    private El single(El us, El objective, String tag) throws InputException {
        var all = new ArrayList<El>(us.all(tag));
        all.addAll(objective.all(tag));
        if (all.size() > 1) {
            throw f.error(all.get(1), "<" + tag + "> appears more than once");
        }
        return all.isEmpty() ? null : all.get(0);
    }
}
