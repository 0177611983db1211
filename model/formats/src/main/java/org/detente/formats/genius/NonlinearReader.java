package org.detente.formats.genius;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.detente.formats.InputException;
import org.detente.formats.genius.Decls.IssueDecl;
import org.detente.formats.genius.XmlTree.El;
import org.detente.model.Domain;
import org.detente.model.HyperRectangleUtility;
import org.detente.model.IntegerIssue;

/**
 * Reads GENIUS's non-linear profile ({@code NonlinearUtilitySpace}): a {@code <utility maxutility>}
 * under the objective holding one {@code <ufun aggregation="sum">} of
 * {@code <hyperRectangle utility>} elements with {@code <INCLUDES index min max>} bounds.
 *
 * <p>Supported as GENIUS evaluates it: an outcome earns {@code utility × weight} (a rectangle's
 * optional {@code weight}, default 1) for every rectangle whose bounds all contain it (bounds are
 * inclusive; a rectangle with no bounds covers every outcome); the sum is divided by
 * {@code maxutility} and capped at 1. Refused: {@code EXCLUDES} bounds, nested {@code ufun}s, an
 * aggregation other than {@code sum}, a {@code ufun} weight other than 1, and bounds on
 * non-integer issues (GENIUS reads bounded values as integers).
 */
final class NonlinearReader {
    private NonlinearReader() {
    }

    /**
     * @param domainNumbers GENIUS issue numbers of the domain file (number → position), used when
     *                      the profile declares no issues; null means 1, 2, … in domain order
     */
    static HyperRectangleUtility read(Fields f, Domain domain, El objective, List<IssueDecl> decls,
                                      Map<Integer, Integer> domainNumbers) throws InputException {
        var numbers = new HashMap<Integer, Integer>();
        if (decls.isEmpty()) {
            if (domainNumbers != null) {
                numbers.putAll(domainNumbers);
            } else {
                for (int i = 0; i < domain.size(); i++) {
                    numbers.put(i + 1, i);
                }
            }
        }
        for (IssueDecl d : decls) {
            int pos = domain.indexOf(d.name());
            if (pos < 0) {
                throw f.error(d.el(), "name", "profile issue '" + d.name() + "' is not in the domain '"
                        + domain.name() + "'");
            }
            numbers.put(d.number(), pos);
        }
        List<El> utilities = objective.all("utility");
        if (utilities.isEmpty()) {
            throw f.error(objective, "a nonlinear profile needs a <utility maxutility=…> under the objective");
        }
        if (utilities.size() > 1) {
            throw f.error(utilities.get(1), "only one <utility> block is supported");
        }
        El utility = utilities.get(0);
        double max = f.number(utility, "maxutility");
        if (!(max > 0)) {
            throw f.error(utility, "maxutility", "maxutility must be positive, was " + max);
        }
        List<El> ufuns = utility.all("ufun");
        if (ufuns.size() != 1) {
            throw f.error(ufuns.isEmpty() ? utility : ufuns.get(1),
                    "exactly one <ufun> is supported, found " + ufuns.size());
        }
        El ufun = ufuns.get(0);
        String aggregation = ufun.attr("aggregation");
        if (aggregation != null && !aggregation.trim().equalsIgnoreCase("sum")) {
            throw f.error(ufun, "aggregation", "aggregation '" + aggregation + "' is not supported (only sum)");
        }
        if (ufun.attr("weight") != null && f.number(ufun, "weight") != 1) {
            throw f.error(ufun, "weight", "a <ufun> weight other than 1 is not supported");
        }
        if (ufun.first("ufun") != null) {
            throw f.error(ufun.first("ufun"), "nested <ufun> elements are not supported");
        }
        var rectangles = new ArrayList<HyperRectangleUtility.Rectangle>();
        for (El r : ufun.all("hyperRectangle")) {
            rectangles.add(rectangle(f, domain, r, numbers));
        }
        try {
            return new HyperRectangleUtility(domain, rectangles, max);
        } catch (IllegalArgumentException e) {
            throw f.error(utility, e.getMessage());
        }
    }

    private static HyperRectangleUtility.Rectangle rectangle(Fields f, Domain domain, El r, Map<Integer, Integer> numbers)
            throws InputException {
        if (r.first("EXCLUDES") != null) {
            throw f.error(r.first("EXCLUDES"), "EXCLUDES bounds are not supported (only INCLUDES)");
        }
        double u = f.number(r, "utility");
        if (r.attr("weight") != null) {
            u *= f.number(r, "weight");
        }
        var bounds = new ArrayList<HyperRectangleUtility.Bound>();
        for (El b : r.all("INCLUDES")) {
            int number = f.index(b, "index");
            Integer pos = numbers.get(number);
            if (pos == null) {
                throw f.error(b, "index", "INCLUDES names issue index " + number + ", which no issue has");
            }
            if (!(domain.issue(pos) instanceof IntegerIssue)) {
                throw f.error(b, "index", "INCLUDES bounds issue '" + domain.issue(pos).name()
                        + "', which is not an integer issue (GENIUS bounds only integer issues)");
            }
            double min = f.number(b, "min");
            double max = f.number(b, "max");
            if (min > max) {
                throw f.error(b, "min", "min " + min + " is above max " + max);
            }
            bounds.add(new HyperRectangleUtility.Bound(pos, min, max));
        }
        try {
            return new HyperRectangleUtility.Rectangle(u, bounds);
        } catch (IllegalArgumentException e) {
            throw f.error(r, "utility", e.getMessage());
        }
    }
}
