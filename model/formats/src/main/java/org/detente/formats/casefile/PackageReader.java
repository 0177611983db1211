package org.detente.formats.casefile;

import java.util.Arrays;

import org.detente.formats.support.Node;
import org.detente.formats.support.Problems;
import org.detente.model.DiscreteIssue;
import org.detente.model.Domain;
import org.detente.model.Issue;
import org.detente.model.Outcome;

/** Reads a package written as {@code {issue: value}}, the same way in case files (deals) and records (offers). */
final class PackageReader {
    private PackageReader() {
    }

    /** The index of the issue named by {@code key}, or -1 (the problem recorded, with the issues' names). */
    static int issue(Domain domain, Node.Str key, Problems problems) {
        int i = domain.indexOf(key.value());
        if (i < 0) {
            problems.add(key, "unknown issue '" + key.value() + "' (the issues are: "
                    + String.join(", ", domain.issues().stream().map(Issue::name).toList()) + ")");
        }
        return i;
    }

    /**
     * The package, or null when it names an unknown issue or value or leaves an issue out (each such
     * problem recorded at its place).
     *
     * @param what what the package is, for the message (e.g. "deal 'status quo'")
     */
    static Outcome read(Domain domain, Node.Obj values, Problems problems, String what) {
        int[] v = new int[domain.size()];
        Arrays.fill(v, -1);
        boolean ok = true;
        for (var e : values.members().entrySet()) {
            int i = issue(domain, values.keys().get(e.getKey()), problems);
            if (i < 0) {
                ok = false;
                continue;
            }
            Issue issue = domain.issue(i);
            String label = CaseReader.label(e.getValue());
            v[i] = issue.enumerable() ? issue.indexOf(label) : -1;
            if (v[i] < 0) {
                problems.add(e.getValue(), "issue '" + issue.name() + "' has no value '" + label + "'"
                        + (issue instanceof DiscreteIssue ? "" : " (outside its range, off its step, or no step)"));
                ok = false;
            }
        }
        for (int i = 0; i < domain.size(); i++) {
            if (v[i] < 0 && !values.members().containsKey(domain.issue(i).name())) {
                problems.missing(values, domain.issue(i).name(),
                        what + " gives no value for issue '" + domain.issue(i).name() + "'");
                ok = false;
            }
        }
        return ok ? new Outcome(v) : null;
    }
}
