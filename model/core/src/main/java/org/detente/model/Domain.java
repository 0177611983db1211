package org.detente.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The issues under negotiation, in a fixed order.
 *
 * @param name   the domain's name
 * @param issues the issues, at least one, with distinct names
 */
public record Domain(String name, List<Issue> issues) {

    /** @throws IllegalArgumentException if there is no issue or two issues share a name */
    public Domain {
        name = Checks.name(name, "domain name");
        issues = List.copyOf(issues);
        if (issues.isEmpty()) {
            throw new IllegalArgumentException("domain '" + name + "' has no issues");
        }
        var seen = new HashMap<String, Integer>();
        for (Issue issue : issues) {
            if (seen.put(issue.name(), 1) != null) {
                throw new IllegalArgumentException("domain '" + name + "' has the issue '" + issue.name() + "' twice");
            }
        }
    }

    /** Number of issues. */
    public int size() {
        return issues.size();
    }

    /** The issue at {@code index}. */
    public Issue issue(int index) {
        return issues.get(index);
    }

    /** Index of the issue named {@code issueName}, or -1. */
    public int indexOf(String issueName) {
        for (int i = 0; i < issues.size(); i++) {
            if (issues.get(i).name().equals(issueName)) {
                return i;
            }
        }
        return -1;
    }

    /** The outcome space of this domain. */
    public OutcomeSpace outcomeSpace() {
        return new OutcomeSpace(this);
    }

    /**
     * The outcome that gives each issue the named value.
     *
     * @throws IllegalArgumentException if an issue is missing or unknown, or a value is unknown
     */
    public Outcome outcome(Map<String, String> values) {
        int[] idx = new int[issues.size()];
        for (var key : values.keySet()) {
            if (indexOf(key) < 0) {
                throw new IllegalArgumentException("unknown issue '" + key + "'");
            }
        }
        for (int i = 0; i < issues.size(); i++) {
            Issue issue = issues.get(i);
            String v = values.get(issue.name());
            if (v == null) {
                throw new IllegalArgumentException("no value for issue '" + issue.name() + "'");
            }
            idx[i] = issue.indexOf(v);
            if (idx[i] < 0) {
                throw new IllegalArgumentException("issue '" + issue.name() + "' has no value '" + v + "'");
            }
        }
        return new Outcome(idx);
    }

    /** The outcome as issue name → value text, in issue order. */
    public Map<String, String> labels(Outcome outcome) {
        var map = new java.util.LinkedHashMap<String, String>();
        for (int i = 0; i < issues.size(); i++) {
            map.put(issues.get(i).name(), issues.get(i).label(outcome.value(i)));
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
