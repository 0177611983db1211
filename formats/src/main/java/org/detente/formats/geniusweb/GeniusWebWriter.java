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
    private static final double RV_TOLERANCE = 1e-9;

    private final NegotiationCase c;
    private final GeniusWebJson.Fidelity fidelity;

    GeniusWebWriter(NegotiationCase c, GeniusWebJson.Fidelity fidelity) {
        this.c = c;
        this.fidelity = fidelity;
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
                    + " GeniusWeb cannot express (write with Fidelity.BEST_EFFORT to drop them)");
        }
    }

    Map<String, Object> domain() {
        Domain d = c.domain();
        Map<String, Object> issues = new LinkedHashMap<>();
        for (Issue issue : d.issues()) {
            Map<String, Object> set = new LinkedHashMap<>();
            if (issue instanceof DiscreteIssue di) {
                set.put("values", new ArrayList<Object>(di.values()));
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
                    + " profiles cannot express (write with Fidelity.BEST_EFFORT to drop them)");
        }
        if (exact() && prefs.discountFactor() != 1) {
            throw new IllegalArgumentException("party '" + party.name() + "' has a discount factor, which"
                    + " GeniusWeb profiles cannot express (write with Fidelity.BEST_EFFORT to drop it)");
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
        if (issue instanceof DiscreteIssue di) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (int v = 0; v < di.cardinality(); v++) {
                values.put(di.label(v), num(u.evaluation(i, v)));
            }
            body.put("valueUtilities", values);
            return Map.of("DiscreteValueSetUtilities", body);
        }
        int n = issue.cardinality();
        double lo = issue.numeric(0);
        double hi = issue instanceof IntegerIssue ii ? ii.max() : ((RealIssue) issue).max();
        if (!(hi > lo)) {
            throw new IllegalArgumentException("issue '" + issue.name() + "' has a single value, which GeniusWeb's"
                    + " NumberValueSetUtilities cannot score (it needs lowValue < highValue)");
        }
        double eLo = u.evaluation(i, 0);
        double eHi = u.evaluation(i, n - 1);
        ValueFunction.Linear line = new ValueFunction.Linear((eHi - eLo) / (hi - lo), eLo, lo);
        for (int v = 0; v < n; v++) {
            if (Math.abs(line.at(issue.numeric(v)) - u.evaluation(i, v)) > 1e-12) {
                throw new IllegalArgumentException("party '" + party.name() + "', issue '" + issue.name()
                        + "': the value function is not linear over the issue's values, which GeniusWeb's"
                        + " NumberValueSetUtilities requires");
            }
        }
        body.put("lowValue", num(lo));
        body.put("lowUtility", num(eLo));
        body.put("highValue", num(hi));
        body.put("highUtility", num(eHi));
        return Map.of("NumberValueSetUtilities", body);
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
        if (best < 0 || Math.abs(bestU - rv) > RV_TOLERANCE) {
            if (exact()) {
                throw new IllegalArgumentException("party '" + party.name() + "': no outcome has utility " + rv
                        + ", so no GeniusWeb reservation bid expresses the reservation value exactly"
                        + " (write with Fidelity.BEST_EFFORT for the nearest outcome at or above it)");
            }
            best = best < 0 ? top : best;
        }
        space.decode(best, values);
        Map<String, Object> bid = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            Issue issue = c.domain().issue(i);
            bid.put(issue.name(), issue instanceof DiscreteIssue ? issue.label(values[i]) : num(issue.numeric(values[i])));
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
