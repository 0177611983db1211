package org.detente.formats.gmcr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.detente.conflict.model.Condition;
import org.detente.conflict.model.Conflict;
import org.detente.conflict.model.ConflictOption;
import org.detente.conflict.model.DecisionMaker;
import org.detente.conflict.model.Pattern;
import org.detente.conflict.model.Preferences;
import org.detente.conflict.stability.StateSpace;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Writes a conflict as a GMCR+ save file or as Détente's conflict YAML. */
final class Writers {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private Writers() {
    }

    // ---- GMCR+ JSON ----

    static String gmcrJson(Conflict c) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", "0.3.1");
        root.put("program", "detente");
        List<Object> options = new ArrayList<>();
        for (ConflictOption o : c.options()) {
            // in this order, every run (Map.of iterates in an order that changes from one JVM to the next)
            Map<String, Object> option = new LinkedHashMap<>();
            option.put("name", o.name());
            option.put("permittedDirection", switch (o.direction()) {
                case BOTH -> "both";
                case FORWARD -> "fwd";
                case BACKWARD -> "back";
            });
            options.add(option);
        }
        root.put("options", options);
        List<List<Object>> statements = new ArrayList<>();
        boolean manual = false;
        for (DecisionMaker d : c.decisionMakers()) {
            List<Object> list = new ArrayList<>();
            if (d.preferences() instanceof Preferences.Prioritised p) {
                for (Condition s : p.statements()) {
                    Object st = statement(s);
                    if (st == null) {
                        manual = true;
                        list = new ArrayList<>();
                        break;
                    }
                    list.add(st);
                }
            } else if (d.preferences() instanceof Preferences.Ranked) {
                manual = true;
            } else {
                throw new AssertionError(d.preferences());
            }
            statements.add(list);
        }
        StateSpace space = manual ? StateSpace.of(c) : null;
        List<Object> dms = new ArrayList<>();
        for (int d = 0; d < c.decisionMakers().size(); d++) {
            DecisionMaker dm = c.decisionMakers().get(d);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", dm.name());
            m.put("options", dm.options());
            m.put("preferences", statements.get(d));
            if (manual) {
                m.put("preferenceRanking", ranking(space, d));
            }
            dms.add(m);
        }
        root.put("decisionMakers", dms);
        List<Object> inf = new ArrayList<>();
        for (Pattern p : c.infeasible()) {
            inf.add(literals(p));
        }
        root.put("infeasibles", inf);
        root.put("useManualPreferenceRanking", manual);
        root.put("useManualPreferenceVectors", false);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    /** A statement in GMCR+ form, or null if its normal form is too large. */
    private static Object statement(Condition s) {
        List<List<Condition.Is>> terms = Dnf.of(s);
        if (terms == null) {
            return null;
        }
        List<List<List<Object>>> clean = new ArrayList<>();
        for (List<Condition.Is> t : terms) {
            Set<Condition.Is> lits = new LinkedHashSet<>(t);
            boolean contradiction = lits.stream().anyMatch(l -> lits.contains(new Condition.Is(l.option(), !l.yes())));
            if (!contradiction) {
                List<List<Object>> out = new ArrayList<>();
                lits.stream().sorted(java.util.Comparator.comparingInt(Condition.Is::option))
                        .forEach(l -> out.add(List.of(l.option(), l.yes() ? "Y" : "N")));
                if (!clean.contains(out)) {
                    clean.add(out);
                }
            }
        }
        if (clean.size() == 1) {
            return clean.get(0);
        }
        Map<String, Object> compound = new LinkedHashMap<>();
        compound.put("compound", true);
        compound.put("members", clean);
        return compound;
    }

    private static List<Object> literals(Pattern p) {
        List<Object> out = new ArrayList<>();
        for (int o = 0; o < 63; o++) {
            if ((p.yes() >>> o & 1) == 1) {
                out.add(List.of(o, "Y"));
            } else if ((p.no() >>> o & 1) == 1) {
                out.add(List.of(o, "N"));
            }
        }
        return out;
    }

    /** State numbers best first, a nested list for a tie. */
    private static List<Object> ranking(StateSpace space, int dm) {
        int top = 0;
        for (int i = 0; i < space.size(); i++) {
            top = Math.max(top, space.level(dm, i));
        }
        List<List<Integer>> groups = new ArrayList<>();
        for (int l = 0; l <= top; l++) {
            groups.add(new ArrayList<>());
        }
        for (int i = 0; i < space.size(); i++) {
            groups.get(top - space.level(dm, i)).add(i + 1);
        }
        List<Object> out = new ArrayList<>();
        for (List<Integer> g : groups) {
            out.add(g.size() == 1 ? g.get(0) : g);
        }
        return out;
    }

    // ---- YAML ----

    static String yaml(Conflict c) {
        List<String> ids = ids(c);
        StringBuilder y = new StringBuilder();
        y.append("# A conflict in the graph model (GMCR); see docs/conflict.md.\n");
        if (!c.name().isEmpty()) {
            y.append("conflict: ").append(quote(c.name())).append('\n');
        }
        y.append("options:\n");
        for (int o = 0; o < c.options().size(); o++) {
            ConflictOption opt = c.options().get(o);
            y.append("  - id: ").append(ids.get(o)).append('\n');
            y.append("    name: ").append(quote(opt.name())).append('\n');
            y.append("    direction: ").append(opt.direction().name().toLowerCase(Locale.ROOT)).append('\n');
        }
        y.append("decisionMakers:\n");
        for (DecisionMaker d : c.decisionMakers()) {
            y.append("  - name: ").append(quote(d.name())).append('\n');
            y.append("    options: [").append(String.join(", ", d.options().stream().map(ids::get).toList())).append("]\n");
            if (d.preferences() instanceof Preferences.Prioritised p) {
                y.append("    preferences:").append(p.statements().isEmpty() ? " []\n" : "\n");
                for (Condition s : p.statements()) {
                    y.append("      - ").append(quote(Expressions.print(s, ids))).append('\n');
                }
            } else if (d.preferences() instanceof Preferences.Ranked ranked) {
                List<String> groups = new ArrayList<>();
                for (List<Integer> g : ranked.groups()) {
                    groups.add(g.size() == 1 ? g.get(0).toString()
                            : "[" + String.join(", ", g.stream().map(String::valueOf).toList()) + "]");
                }
                y.append("    preferenceRanking: [").append(String.join(", ", groups)).append("]\n");
            } else {
                throw new AssertionError(d.preferences());
            }
        }
        if (!c.infeasible().isEmpty()) {
            y.append("infeasibles:\n");
            for (Pattern p : c.infeasible()) {
                List<String> lits = new ArrayList<>();
                for (int o = 0; o < c.options().size(); o++) {
                    if ((p.yes() >>> o & 1) == 1) {
                        lits.add(ids.get(o));
                    } else if ((p.no() >>> o & 1) == 1) {
                        lits.add("not " + ids.get(o));
                    }
                }
                y.append("  - ").append(quote(String.join(" and ", lits))).append('\n');
            }
        }
        return y.toString();
    }

    /** Option ids from the names: lower case, words joined by '-', made unique. */
    static List<String> ids(Conflict c) {
        List<String> out = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>(List.of("not", "and", "or", "if", "then"));
        for (int o = 0; o < c.options().size(); o++) {
            String base = c.options().get(o).name().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                    .replaceAll("^-+|-+$", "");
            if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
                base = "o" + (base.isEmpty() ? String.valueOf(o) : "-" + base);
            }
            String id = base;
            for (int k = 2; used.contains(id); k++) {
                id = base + "-" + k;
            }
            used.add(id);
            out.add(id);
        }
        return out;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
