package org.detente.formats.geniusweb;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.detente.formats.support.Node;
import org.detente.formats.support.Problems;
import org.detente.model.DiscreteIssue;
import org.detente.model.Domain;
import org.detente.model.Issue;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.Party;
import org.detente.model.Preferences;
import org.detente.model.ValueFunction;

/**
 * Reads a GeniusWeb {@code LinearAdditiveUtilitySpace} profile over a known domain.
 *
 * <p>Value utilities may use either key style: {@code DiscreteValueSetUtilities} /
 * {@code NumberValueSetUtilities} (newer) or {@code discreteutils} / {@code numberutils} (older).
 */
final class ProfileReader {
    static final String SPACE = "LinearAdditiveUtilitySpace";
    static final Set<String> DISCRETE_KEYS = Set.of("DiscreteValueSetUtilities", "discreteutils");
    static final Set<String> NUMBER_KEYS = Set.of("NumberValueSetUtilities", "numberutils");

    private final Problems problems;
    private final Domain domain;

    ProfileReader(Problems problems, Domain domain) {
        this.problems = problems;
        this.domain = domain;
    }

    /** The party, or null after recording the problems. */
    Party read(Node node) {
        if (!(node instanceof Node.Obj root) || root.members().size() != 1) {
            problems.add(node, "a GeniusWeb profile must be an object with one member, \"" + SPACE + "\"");
            return null;
        }
        String type = root.members().keySet().iterator().next();
        if (!SPACE.equals(type)) {
            problems.add(root.keys().get(type), "unsupported profile type \"" + type + "\": only " + SPACE
                    + " is read");
            return null;
        }
        Node.Obj space = Json.object(root, SPACE, problems);
        if (space == null) {
            return null;
        }
        String name = Json.string(space, "name", problems);
        Node.Obj domainNode = Json.object(space, "domain", problems);
        if (domainNode != null) {
            Domain own = new DomainReader(problems).read(domainNode);
            if (own != null && !(own.name().equals(domain.name())
                    && Set.copyOf(own.issues()).equals(Set.copyOf(domain.issues())))) {
                problems.add(domainNode, "the profile's domain '" + own.name()
                        + "' differs from the domain file's '" + domain.name() + "'");
            }
        }
        Node.Obj weightsNode = Json.object(space, "issueWeights", problems);
        Node.Obj utilsNode = Json.object(space, "issueUtilities", problems);
        if (name == null || weightsNode == null || utilsNode == null) {
            return null;
        }
        List<Double> weights = weights(weightsNode);
        List<ValueFunction> functions = functions(utilsNode);
        if (weights == null || functions == null || !problems.isEmpty()) {
            return null;
        }
        LinearAdditiveUtility utility = new LinearAdditiveUtility(domain, weights, functions);
        double reservation = 0;
        Node bid = space.get("reservationBid");
        if (bid != null && !(bid instanceof Node.Null)) {
            Double u = new BidReader(problems, domain).utility(bid, utility);
            if (u == null) {
                return null;
            }
            reservation = u;
        }
        return new Party(name, new Preferences(utility, reservation, 1, List.of()));
    }

    private List<Double> weights(Node.Obj obj) {
        Double[] weights = new Double[domain.size()];
        boolean ok = true;
        for (var e : obj.members().entrySet()) {
            int i = issueIndex(obj.keys().get(e.getKey()));
            Node.Num w = Json.finite(e.getValue(), problems);
            if (w != null && w.value() < 0) {
                problems.add(w, "a weight must be ≥ 0, not " + w.text());
                w = null;
            }
            ok &= i >= 0 && w != null;
            if (i >= 0 && w != null) {
                weights[i] = w.value();
            }
        }
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] == null && !obj.members().containsKey(domain.issue(i).name())) {
                problems.missing(obj, domain.issue(i).name(), "no weight for issue '" + domain.issue(i).name() + "'");
                ok = false;
            }
        }
        return ok ? List.of(weights) : null;
    }

    private List<ValueFunction> functions(Node.Obj obj) {
        ValueFunction[] functions = new ValueFunction[domain.size()];
        boolean ok = true;
        for (var e : obj.members().entrySet()) {
            int i = issueIndex(obj.keys().get(e.getKey()));
            if (i < 0) {
                ok = false;
                continue;
            }
            functions[i] = function(domain.issue(i), e.getValue());
            ok &= functions[i] != null;
        }
        for (int i = 0; i < functions.length; i++) {
            if (functions[i] == null && !obj.members().containsKey(domain.issue(i).name())) {
                problems.missing(obj, domain.issue(i).name(), "no utilities for issue '" + domain.issue(i).name() + "'");
                ok = false;
            }
        }
        return ok ? List.of(functions) : null;
    }

    private int issueIndex(Node.Str key) {
        int i = domain.indexOf(key.value());
        if (i < 0) {
            problems.add(key, "unknown issue '" + key.value() + "' (domain '" + domain.name() + "' has: "
                    + String.join(", ", domain.issues().stream().map(Issue::name).toList()) + ")");
        }
        return i;
    }

    private ValueFunction function(Issue issue, Node node) {
        if (!(node instanceof Node.Obj obj) || obj.members().size() != 1) {
            problems.add(node, "value utilities must be an object with one member, for example"
                    + " \"DiscreteValueSetUtilities\" or \"NumberValueSetUtilities\"");
            return null;
        }
        String kind = obj.members().keySet().iterator().next();
        Node.Str kindKey = obj.keys().get(kind);
        Node.Obj body = Json.object(obj, kind, problems);
        if (body == null) {
            return null;
        }
        if (DISCRETE_KEYS.contains(kind)) {
            if (!(issue instanceof DiscreteIssue d)) {
                problems.add(kindKey, "issue '" + issue.name() + "' is numeric: it needs NumberValueSetUtilities");
                return null;
            }
            return discrete(d, body);
        }
        if (NUMBER_KEYS.contains(kind)) {
            if (issue instanceof DiscreteIssue) {
                problems.add(kindKey, "issue '" + issue.name() + "' is discrete: it needs DiscreteValueSetUtilities");
                return null;
            }
            return number(issue, body);
        }
        problems.add(kindKey, "unknown value utilities \"" + kind + "\" (expected DiscreteValueSetUtilities,"
                + " NumberValueSetUtilities, discreteutils or numberutils)");
        return null;
    }

    /** Discrete utilities; a value the file does not list has utility 0, as in GeniusWeb. */
    private ValueFunction discrete(DiscreteIssue issue, Node.Obj body) {
        Node.Obj map = Json.object(body, "valueUtilities", problems);
        if (map == null) {
            return null;
        }
        Double[] values = new Double[issue.cardinality()];
        java.util.Arrays.fill(values, 0.0);
        boolean ok = true;
        for (var e : map.members().entrySet()) {
            int v = issue.indexOf(e.getKey());
            if (v < 0) {
                problems.add(map.keys().get(e.getKey()), "issue '" + issue.name() + "' has no value '" + e.getKey() + "'");
                ok = false;
                continue;
            }
            Node.Num u = Json.unit(e.getValue(), problems);
            ok &= u != null;
            if (u != null) {
                values[v] = u.value();
            }
        }
        return ok ? new ValueFunction.Table(List.of(values)) : null;
    }

    /**
     * Number utilities: linear from (lowValue, lowUtility) to (highValue, highUtility), 0 outside
     * [lowValue, highValue]. When every value of the issue lies inside, this is a {@link ValueFunction.Linear};
     * otherwise a table of the same utilities.
     */
    private ValueFunction number(Issue issue, Node.Obj body) {
        Node.Num lowValue = Json.finite(body, "lowValue", problems);
        Node.Num highValue = Json.finite(body, "highValue", problems);
        Node.Num lowUtility = body.get("lowUtility") == null ? null : Json.unit(body.get("lowUtility"), problems);
        Node.Num highUtility = body.get("highUtility") == null ? null : Json.unit(body.get("highUtility"), problems);
        if (body.get("lowUtility") == null) {
            problems.missing(body, "lowUtility", "missing \"lowUtility\"");
        }
        if (body.get("highUtility") == null) {
            problems.missing(body, "highUtility", "missing \"highUtility\"");
        }
        if (lowValue == null || highValue == null || lowUtility == null || highUtility == null) {
            return null;
        }
        if (!(highValue.value() > lowValue.value())) {
            problems.add(highValue, "highValue must be above lowValue " + lowValue.text());
            return null;
        }
        double lv = lowValue.value();
        double hv = highValue.value();
        double lu = lowUtility.value();
        double hu = highUtility.value();
        ValueFunction.Linear linear = new ValueFunction.Linear((hu - lu) / (hv - lv), lu, lv);
        int n = issue.cardinality();
        double tol = 1e-9 * Math.max(1, Math.max(Math.abs(lv), Math.abs(hv)));
        if (issue.numeric(0) >= lv - tol && issue.numeric(n - 1) <= hv + tol) {
            return linear;
        }
        List<Double> table = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            double x = issue.numeric(v);
            table.add(x < lv || x > hv ? 0.0 : linear.at(x));
        }
        return new ValueFunction.Table(table);
    }
}
