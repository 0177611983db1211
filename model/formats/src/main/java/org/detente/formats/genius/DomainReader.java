package org.detente.formats.genius;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.detente.formats.InputException;
import org.detente.formats.genius.Decls.IssueDecl;
import org.detente.formats.genius.XmlTree.El;
import org.detente.model.DiscreteIssue;
import org.detente.model.Domain;
import org.detente.model.IntegerIssue;
import org.detente.model.Issue;
import org.detente.model.RealIssue;

/** Reads a GENIUS domain file (a template) into a {@link Domain}. */
final class DomainReader {
    private DomainReader() {
    }

    /**
     * A domain and GENIUS's issue numbers.
     *
     * @param domain  the domain
     * @param numbers GENIUS issue number → position in the domain
     */
    record DomainFile(Domain domain, Map<Integer, Integer> numbers) {
    }

    static DomainFile read(Path file, GeniusOptions options) throws InputException {
        var f = new Fields(file);
        El root = XmlTree.read(file);
        El us = Decls.utilitySpace(f, root);
        El objective = Decls.objective(f, us);
        List<IssueDecl> decls = Decls.issues(f, objective);
        if (decls.isEmpty()) {
            throw f.error(objective, "the domain has no <issue>");
        }
        var issues = new ArrayList<Issue>();
        var numbers = new HashMap<Integer, Integer>();
        for (IssueDecl d : decls) {
            numbers.put(d.number(), issues.size());
            issues.add(issue(f, d, options));
        }
        String name = objective.attr("name");
        if (name == null || name.isBlank()) {
            name = stem(file);
        }
        return new DomainFile(new Domain(name, issues), Map.copyOf(numbers));
    }

    static String stem(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private static Issue issue(Fields f, IssueDecl d, GeniusOptions options) throws InputException {
        El el = d.el();
        return switch (d.kind()) {
            case DISCRETE -> {
                var values = new ArrayList<String>();
                var seen = new HashSet<String>();
                for (El item : el.all("item")) {
                    String v = f.text(item, "value");
                    if (!seen.add(v)) {
                        throw f.error(item, "value", "issue '" + d.name() + "' has the value '" + v + "' twice");
                    }
                    values.add(v);
                }
                if (values.isEmpty()) {
                    throw f.error(el, "discrete issue '" + d.name() + "' has no <item>");
                }
                yield new DiscreteIssue(d.name(), values);
            }
            case INTEGER -> {
                long lo = f.whole(el, "lowerbound");
                long hi = f.whole(el, "upperbound");
                if (lo > hi) {
                    throw f.error(el, "lowerbound", "lower bound " + lo + " is above upper bound " + hi);
                }
                try {
                    yield new IntegerIssue(d.name(), lo, hi);
                } catch (IllegalArgumentException e) {
                    throw f.error(el, e.getMessage());
                }
            }
            case REAL -> {
                El range = el.first("range");
                if (range == null) {
                    throw f.error(el, "real issue '" + d.name() + "' has no <range lowerbound=… upperbound=…>");
                }
                double lo = f.number(range, "lowerbound");
                double hi = f.number(range, "upperbound");
                if (lo > hi) {
                    throw f.error(range, "lowerbound", "lower bound " + lo + " is above upper bound " + hi);
                }
                try {
                    yield real(d.name(), lo, hi, options.realIntervals());
                } catch (IllegalArgumentException e) {
                    throw f.error(range, e.getMessage());
                }
            }
        };
    }

    /** A real issue, discretised into {@code intervals} equal steps (0: continuous). */
    static RealIssue real(String name, double lo, double hi, int intervals) {
        if (intervals == 0) {
            return RealIssue.continuous(name, lo, hi);
        }
        double step = (hi - lo) / intervals;
        return new RealIssue(name, lo, hi, step > 0 ? step : 1);
    }
}
