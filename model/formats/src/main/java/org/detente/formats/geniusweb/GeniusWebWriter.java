package org.detente.formats.geniusweb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.detente.model.DiscreteIssue;
import org.detente.model.Domain;
import org.detente.model.IntegerIssue;
import org.detente.model.Issue;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;
import org.detente.model.OutcomeSpace;
import org.detente.model.Party;
import org.detente.model.Preferences;
import org.detente.model.RealIssue;
import org.detente.model.ValueFunction;

/** Builds the GeniusWeb JSON trees (domain, profiles) of a case, in the newer key style. */
final class GeniusWebWriter {
    /** Largest outcome space searched for a reservation bid. */
    static final long MAX_SEARCH = 20_000_000L;
    /** Most values a numeric issue may have to be written as a discrete value set. */
    static final int MAX_VALUE_SET = 100_000;
    private static final double RV_TOLERANCE = 1e-9;

    private final NegotiationCase c;
    private final GeniusWebJson.Fidelity fidelity;

    /** Numeric issues written as discrete value sets, labelled by their numbers. */
    private final boolean[] asValues;

    GeniusWebWriter(NegotiationCase c, GeniusWebJson.Fidelity fidelity) {
        this.c = c;
        this.fidelity = fidelity;
        this.asValues = new boolean[c.domain().size()];
        for (int i = 0; i < asValues.length; i++) {
            asValues[i] = needsValues(c, i);
        }
    }

    /**
     * Whether a numeric issue must be written as a discrete value set: some party's value function on
     * it is not linear over its values (or it has a single value), which a NumberValueSetUtilities
     * cannot score, while a value set keeps every value's utility.
     */
    private static boolean needsValues(NegotiationCase c, int i) {
        Issue issue = c.domain().issue(i);
        if (issue instanceof DiscreteIssue || !issue.enumerable() || issue.cardinality() > MAX_VALUE_SET) {
            return false;
        }
        for (Party p : c.parties()) {
            if (p.preferences().utility() instanceof LinearAdditiveUtility u && linear(issue, u, i) == null) {
                return true;
            }
        }
        return false;
    }

    /** The line through a numeric issue's value function, or null when it is not one (or the issue has one value). */
    private static ValueFunction.Linear linear(Issue issue, LinearAdditiveUtility u, int i) {
        int n = issue.cardinality();
        double lo = issue.numeric(0);
        double hi = issue.numeric(n - 1);
        if (!(hi > lo)) {
            return null;
        }
        double eLo = u.evaluation(i, 0);
        double eHi = u.evaluation(i, n - 1);
        ValueFunction.Linear line = new ValueFunction.Linear((eHi - eLo) / (hi - lo), eLo, lo);
        for (int v = 0; v < n; v++) {
            if (Math.abs(line.at(issue.numeric(v)) - u.evaluation(i, v)) > 1e-12) {
                return null;
            }
        }
        return line;
    }

    /** The label of value {@code v} of issue {@code i} as written: its name, or its number. */
    private String label(int i, int v) {
        Issue issue = c.domain().issue(i);
        return issue instanceof DiscreteIssue ? issue.label(v) : String.valueOf(num(issue.numeric(v)));
    }

    private boolean exact() {
        return fidelity == GeniusWebJson.Fidelity.EXACT;
    }

    static Object num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? (Object) (long) v : (Object) v;
    }

    /** Refuses, in exact mode, a case whose preparation (profiles, ratifiers, gestures) would be lost. */
    void checkPreparation() {
        if (exact() && !c.preparation().isEmpty()) {
            throw new IllegalArgumentException("the case has counterpart profiles, ratifiers or gestures, which"
                    + " GeniusWeb cannot express");
        }
    }

    Map<String, Object> domain() {
        Domain d = c.domain();
        Map<String, Object> issues = new LinkedHashMap<>();
        for (int i = 0; i < d.size(); i++) {
            Issue issue = d.issue(i);
            Map<String, Object> set = new LinkedHashMap<>();
            if (issue instanceof DiscreteIssue || asValues[i]) {
                List<Object> labels = new ArrayList<>();
                for (int v = 0; v < issue.cardinality(); v++) {
                    labels.add(label(i, v));
                }
                set.put("values", labels);
            } else if (issue instanceof IntegerIssue ii) {
                set.put("range", range(num(ii.min()), num(ii.max()), 1L));
            } else if (issue instanceof RealIssue ri) {
                if (!ri.enumerable()) {
                    throw new IllegalArgumentException("issue '" + ri.name()
                            + "' is a real range without a step, which GeniusWeb cannot express");
                }
                long n = GeniusWebRange.count(ri.min(), ri.max(), ri.step());
                if (n != ri.cardinality()) {
                    throw new IllegalArgumentException("issue '" + ri.name() + "': its upper bound " + ri.max()
                            + " is not min + k·step, and a GeniusWeb range only has the values on the step");
                }
                set.put("range", range(num(ri.min()), num(ri.max()), num(ri.step())));
            } else {
                throw new AssertionError(issue);
            }
            issues.put(issue.name(), set);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", d.name());
        m.put("issuesValues", issues);
        return m;
    }

    private static Map<String, Object> range(Object low, Object high, Object step) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("low", low);
        r.put("high", high);
        r.put("step", step);
        return r;
    }

    Map<String, Object> profile(Party party) {
        Preferences prefs = party.preferences();
        if (!(prefs.utility() instanceof LinearAdditiveUtility u)) {
            throw new IllegalArgumentException("party '" + party.name() + "' has a non-linear utility, which a"
                    + " GeniusWeb LinearAdditiveUtilitySpace cannot express");
        }
        if (exact() && !prefs.redLines().isEmpty()) {
            throw new IllegalArgumentException("party '" + party.name() + "' has red lines, which GeniusWeb"
                    + " profiles cannot express");
        }
        if (exact() && prefs.discountFactor() != 1) {
            throw new IllegalArgumentException("party '" + party.name() + "' has a discount factor, which"
                    + " GeniusWeb profiles cannot express");
        }
        Domain d = c.domain();
        Map<String, Object> utilities = new LinkedHashMap<>();
        Map<String, Object> weights = new LinkedHashMap<>();
        for (int i = 0; i < d.size(); i++) {
            utilities.put(d.issue(i).name(), utilities(party, d.issue(i), u, i));
            weights.put(d.issue(i).name(), num(u.weight(i)));
        }
        Map<String, Object> space = new LinkedHashMap<>();
        space.put("issueUtilities", utilities);
        space.put("issueWeights", weights);
        space.put("domain", domain());
        space.put("name", party.name());
        Map<String, Object> bid = reservationBid(party, u);
        if (bid != null) {
            space.put("reservationBid", Map.of("issuevalues", bid));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put(ProfileReader.SPACE, space);
        return root;
    }

    private Map<String, Object> utilities(Party party, Issue issue, LinearAdditiveUtility u, int i) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (issue instanceof DiscreteIssue || asValues[i]) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (int v = 0; v < issue.cardinality(); v++) {
                values.put(label(i, v), num(u.evaluation(i, v)));
            }
            body.put("valueUtilities", values);
            return Map.of("DiscreteValueSetUtilities", body);
        }
        ValueFunction.Linear line = linear(issue, u, i);
        if (line == null) {
            throw new IllegalArgumentException("party '" + party.name() + "', issue '" + issue.name()
                    + "': the value function is not linear over the issue's " + issue.cardinality() + " values,"
                    + " which GeniusWeb's NumberValueSetUtilities requires, and the issue has too many values"
                    + " to be written as a value set");
        }
        int n = issue.cardinality();
        body.put("lowValue", num(issue.numeric(0)));
        body.put("lowUtility", num(u.evaluation(i, 0)));
        body.put("highValue", num(issue.numeric(n - 1)));
        body.put("highUtility", num(u.evaluation(i, n - 1)));
        return Map.of("NumberValueSetUtilities", body);
    }

    /**
     * The outcome that stands for a reservation value: one whose utility equals it, else the one of
     * smallest utility above it (or the best outcome, if none reaches it).
     *
     * @param outcome its index in the outcome space
     * @param utility its utility
     * @param exact   whether that utility equals the reservation value
     */
    private record Stand(long outcome, double utility, boolean exact) {
    }

    private Stand stand(Party party, LinearAdditiveUtility u) {
        double rv = party.preferences().reservationValue();
        OutcomeSpace space = c.domain().outcomeSpace();
        if (!space.indexable() || space.longSize() > MAX_SEARCH) {
            throw new IllegalArgumentException("party '" + party.name() + "': the outcome space is too large to"
                    + " search for a reservation bid");
        }
        int[] values = new int[c.domain().size()];
        long best = -1;
        double bestU = Double.POSITIVE_INFINITY;
        long top = -1;
        double topU = Double.NEGATIVE_INFINITY;
        for (long k = 0; k < space.longSize(); k++) {
            space.decode(k, values);
            double x = u.utility(values);
            if (x >= rv - RV_TOLERANCE && x < bestU) {
                best = k;
                bestU = x;
            }
            if (x > topU) {
                top = k;
                topU = x;
            }
        }
        return best < 0 ? new Stand(top, topU, false) : new Stand(best, bestU, Math.abs(bestU - rv) <= RV_TOLERANCE);
    }

    /**
     * The reservation values no outcome's utility equals, one line each with the utility written
     * instead (best-effort mode); parties whose profile cannot be written at all are left to {@link #profile}.
     */
    List<String> approximatedReservations() {
        List<String> out = new ArrayList<>();
        OutcomeSpace space = c.domain().outcomeSpace();
        if (!space.indexable() || space.longSize() > MAX_SEARCH) {
            return out;
        }
        for (Party p : c.parties()) {
            if (p.preferences().reservationValue() > 0 && p.preferences().utility() instanceof LinearAdditiveUtility u) {
                Stand s = stand(p, u);
                if (!s.exact()) {
                    out.add("party '" + p.name() + "': reservation value " + num(p.preferences().reservationValue())
                            + ", which no outcome's utility equals (a reservation bid of utility "
                            + num(s.utility()) + " stands for it)");
                }
            }
        }
        return out;
    }

    /**
     * The bid that stands for the reservation value: one whose utility equals it (the smallest
     * utility at or above it, in best-effort mode), or null for a reservation value of 0 or less.
     */
    private Map<String, Object> reservationBid(Party party, LinearAdditiveUtility u) {
        double rv = party.preferences().reservationValue();
        if (rv <= 0) {
            return null;
        }
        Stand s = stand(party, u);
        if (!s.exact() && exact()) {
            throw new IllegalArgumentException("party '" + party.name() + "': no outcome has utility " + rv
                    + ", so no GeniusWeb reservation bid expresses the reservation value exactly");
        }
        int[] values = new int[c.domain().size()];
        c.domain().outcomeSpace().decode(s.outcome(), values);
        Map<String, Object> bid = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            Issue issue = c.domain().issue(i);
            bid.put(issue.name(), issue instanceof DiscreteIssue || asValues[i] ? label(i, values[i])
                    : num(issue.numeric(values[i])));
        }
        return bid;
    }

    /** The profile trees, one per party, in party order. */
    List<Map<String, Object>> profiles() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Party p : c.parties()) {
            list.add(profile(p));
        }
        return list;
    }
}
