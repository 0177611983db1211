package org.detente.formats.gmcr;

import java.util.ArrayList;
import java.util.List;

import org.detente.conflict.model.Condition;

/** Disjunctive normal form of a condition (for the GMCR+ statement form), with a size limit. */
final class Dnf {
    static final int LIMIT = 256;

    private Dnf() {
    }

    /** The terms (each a conjunction of literals), or null if there would be more than {@link #LIMIT}. */
    static List<List<Condition.Is>> of(Condition c) {
        return of(c, false);
    }

    private static List<List<Condition.Is>> of(Condition c, boolean negated) {
        if (c instanceof Condition.Is is) {
            return List.of(List.of(negated ? new Condition.Is(is.option(), !is.yes()) : is));
        }
        if (c instanceof Condition.Not not) {
            return of(not.of(), !negated);
        }
        if (c instanceof Condition.Implies imp) {
            return of(new Condition.Any(List.of(new Condition.Not(imp.premise()), imp.conclusion())), negated);
        }
        List<Condition> parts;
        if (c instanceof Condition.All all) {
            parts = all.all();
        } else if (c instanceof Condition.Any any) {
            parts = any.any();
        } else {
            throw new AssertionError(c);
        }
        boolean conjunction = (c instanceof Condition.All) != negated;
        if (conjunction) {
            List<List<Condition.Is>> acc = List.of(List.of());
            for (Condition p : parts) {
                List<List<Condition.Is>> terms = of(p, negated);
                if (terms == null) {
                    return null;
                }
                List<List<Condition.Is>> next = new ArrayList<>();
                for (List<Condition.Is> a : acc) {
                    for (List<Condition.Is> t : terms) {
                        List<Condition.Is> merged = new ArrayList<>(a);
                        merged.addAll(t);
                        next.add(merged);
                        if (next.size() > LIMIT) {
                            return null;
                        }
                    }
                }
                acc = next;
            }
            return acc;
        }
        List<List<Condition.Is>> out = new ArrayList<>();
        for (Condition p : parts) {
            List<List<Condition.Is>> terms = of(p, negated);
            if (terms == null || out.size() + terms.size() > LIMIT) {
                return null;
            }
            out.addAll(terms);
        }
        return out;
    }
}
