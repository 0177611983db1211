package org.detente.formats.casefile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.detente.model.Belief;
import org.detente.model.CounterpartProfile;
import org.detente.model.Domain;
import org.detente.model.Gesture;
import org.detente.model.HyperRectangleUtility;
import org.detente.model.Issue;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;
import org.detente.model.Preparation;
import org.detente.model.Ratifier;
import org.detente.model.RedLine;

/** Writes a case's preparation (profiles, ratifiers, gestures) into the case file's tree. */
final class PreparationWriter {
    private PreparationWriter() {
    }

    /** Adds the non-empty parts of {@code c}'s preparation to {@code root}. */
    static void add(NegotiationCase c, Map<String, Object> root) {
        Preparation p = c.preparation();
        Domain domain = c.domain();
        if (!p.profiles().isEmpty()) {
            List<Object> list = new ArrayList<>();
            for (CounterpartProfile profile : p.profiles()) {
                list.add(profile(domain, profile));
            }
            root.put("profiles", list);
        }
        if (!p.ratifiers().isEmpty()) {
            List<Object> list = new ArrayList<>();
            for (Ratifier r : p.ratifiers()) {
                list.add(ratifier(domain, r));
            }
            root.put("ratifiers", list);
        }
        if (!p.gestures().isEmpty()) {
            List<Object> list = new ArrayList<>();
            for (Gesture g : p.gestures()) {
                list.add(gesture(domain, g));
            }
            root.put("gestures", list);
        }
    }

    static Object belief(Belief b) {
        if (b instanceof Belief.Uniform u) {
            return Map.of("uniform", List.of(CaseWriter.num(u.min()), CaseWriter.num(u.max())));
        } else if (b instanceof Belief.Triangular t) {
            return Map.of("triangular", List.of(CaseWriter.num(t.min()), CaseWriter.num(t.mode()),
                    CaseWriter.num(t.max())));
        } else if (b instanceof Belief.Fixed f) {
            return CaseWriter.num(f.value());
        }
        throw new AssertionError(b);
    }

    private static Map<String, Object> profile(Domain domain, CounterpartProfile p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("holder", p.holder());
        m.put("about", p.about());
        m.put("credibility", CaseWriter.num(p.credibility()));
        m.put("reservation", belief(p.reservation()));
        p.concession().ifPresent(s -> m.put("concession", s.name().equals("custom")
                ? CaseWriter.num(s.exponent()) : s.name()));
        if (!p.weights().isEmpty()) {
            Map<String, Object> w = new LinkedHashMap<>();
            for (int i = 0; i < domain.size(); i++) {
                Belief b = p.weights().get(i);
                if (b != null) {
                    w.put(domain.issue(i).name(), belief(b));
                }
            }
            m.put("weights", w);
        }
        if (!p.evaluations().isEmpty()) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < domain.size(); i++) {
                Map<Integer, Belief> e = p.evaluations().get(i);
                if (e == null) {
                    continue;
                }
                Issue issue = domain.issue(i);
                Map<String, Object> byValue = new LinkedHashMap<>();
                for (int v = 0; v < issue.cardinality(); v++) {
                    if (e.containsKey(v)) {
                        byValue.put(issue.label(v), belief(e.get(v)));
                    }
                }
                values.put(issue.name(), byValue);
            }
            m.put("values", values);
        }
        if (!p.redLines().isEmpty()) {
            List<Object> lines = new ArrayList<>();
            for (RedLine r : p.redLines()) {
                lines.add(CaseWriter.redLine(domain, r));
            }
            m.put("redLines", lines);
        }
        if (!p.history().isEmpty()) {
            m.put("history", p.history());
        }
        if (!p.premises().isEmpty()) {
            m.put("premises", p.premises());
        }
        return m;
    }

    private static Map<String, Object> ratifier(Domain domain, Ratifier r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.name());
        m.put("party", r.party());
        m.put("threshold", CaseWriter.num(r.threshold()));
        if (!r.rule().isEmpty()) {
            m.put("rule", r.rule());
        }
        if (r.utility() instanceof LinearAdditiveUtility u) {
            Map<String, Object> weights = new LinkedHashMap<>();
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < domain.size(); i++) {
                Issue issue = domain.issue(i);
                weights.put(issue.name(), CaseWriter.num(u.weight(i)));
                values.put(issue.name(), CaseWriter.function(issue, u.functions().get(i)));
            }
            m.put("weights", weights);
            m.put("values", values);
        } else if (r.utility() instanceof HyperRectangleUtility h) {
            m.put("utility", CaseWriter.rectangles(domain, h));
        } else {
            throw new AssertionError(r.utility());
        }
        return m;
    }

    private static Map<String, Object> gesture(Domain domain, Gesture g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", g.name());
        m.put("giver", g.giver());
        m.put("receiver", g.receiver());
        m.put("kind", g.kind().name().toLowerCase(Locale.ROOT));
        m.put("cost", CaseWriter.num(g.cost()));
        m.put("value", CaseWriter.num(g.value()));
        if (!g.issues().isEmpty()) {
            List<Object> issues = new ArrayList<>();
            for (int i : g.issues()) {
                issues.add(domain.issue(i).name());
            }
            m.put("issues", issues);
        }
        if (!g.statement().isEmpty()) {
            m.put("statement", g.statement());
        }
        if (!g.disagreement().isEmpty()) {
            m.put("disagreement", g.disagreement());
        }
        return m;
    }
}
