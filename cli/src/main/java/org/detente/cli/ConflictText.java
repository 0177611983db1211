package org.detente.cli;

import java.util.ArrayList;
import java.util.List;

import org.detente.conflict.stability.CoalitionResult;
import org.detente.conflict.stability.Concept;
import org.detente.conflict.stability.StateSpace;
import org.detente.conflict.statusquo.Route;
import org.detente.conflict.statusquo.Step;
import org.detente.conflict.statusquo.StatusQuoResult;
import org.detente.report.ConflictReport;

/** The {@code detente conflict} tables for people. */
final class ConflictText {
    /** One letter per concept, in {@link Concept} order. */
    private static final String LETTERS = "RGSQIBL";

    private ConflictText() {
    }

    static String render(ConflictReport r) {
        StateSpace sp = r.space();
        int n = sp.decisionMakers();
        StringBuilder out = new StringBuilder();
        out.append("Conflict: ").append(sp.conflict().name()).append('\n');
        out.append(sp.size()).append(" feasible states of ").append(1L << sp.options()).append(", ")
                .append(n).append(" decision makers, ").append(sp.options()).append(" options\n\n");
        out.append("Options (Y/N column order):\n");
        for (int o = 0; o < sp.options(); o++) {
            out.append("  ").append(o + 1).append(". ").append(sp.conflict().options().get(o).name())
                    .append(" — ").append(r.dmName(sp.conflict().owner(o)));
            switch (sp.conflict().options().get(o).direction()) {
                case FORWARD -> out.append(" (only N→Y)");
                case BACKWARD -> out.append(" (only Y→N)");
                default -> { }
            }
            out.append('\n');
        }
        out.append('\n');
        List<String> headers = new ArrayList<>(List.of("state", "decimal", "options"));
        for (int d = 0; d < n; d++) {
            headers.add("rank " + r.dmName(d));
        }
        for (int d = 0; d < n; d++) {
            headers.add("stable " + r.dmName(d));
        }
        headers.add("equilibrium");
        TextTable table = new TextTable(headers.toArray(String[]::new));
        int[] top = r.tops();
        Concept[] concepts = Concept.values();
        for (int i = 0; i < sp.size(); i++) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(i + 1), String.valueOf(sp.decimal(i)), sp.yn(i)));
            for (int d = 0; d < n; d++) {
                row.add(String.valueOf(top[d] - sp.level(d, i) + 1));
            }
            for (int d = 0; d < n; d++) {
                StringBuilder flags = new StringBuilder();
                for (int c = 0; c < concepts.length; c++) {
                    flags.append(r.stability().isStable(concepts[c], d, i + 1) ? LETTERS.charAt(c) : '.');
                }
                row.add(flags.toString());
            }
            StringBuilder eq = new StringBuilder();
            for (int c = 0; c < concepts.length; c++) {
                eq.append(r.stability().isEquilibrium(concepts[c], i + 1) ? LETTERS.charAt(c) : '.');
            }
            row.add(eq.toString());
            table.row(row.toArray(String[]::new));
        }
        out.append(table.render("  "));
        out.append("\n  R Nash · G GMR · S SMR · Q SEQ · I SIM · B SEQ∧SIM · L L(").append(r.stability().horizon())
                .append(") — letter: stable, '.': not; rank 1 = most preferred\n\n");
        out.append("Equilibria (stable for every decision maker):\n");
        for (Concept c : concepts) {
            String label = c == Concept.LIMITED ? "L(" + r.stability().horizon() + ")" : c.label();
            out.append(String.format("  %-8s %s%n", label, list(r.stability().equilibria(c))));
        }
        CoalitionResult co = r.coalitions();
        out.append(String.format("  %-8s %s%n", "CNash", list(co.coalitionNash())));
        out.append("  (CNash: Nash equilibria from which no coalition has an improvement that helps every member)\n");
        if (r.statusQuo() != null) {
            statusQuo(out, r.statusQuo(), r);
        }
        return out.toString();
    }

    private static void statusQuo(StringBuilder out, StatusQuoResult sq, ConflictReport r) {
        out.append("\nStatus quo: state ").append(sq.statusQuo()).append(" (")
                .append(r.space().yn(sq.statusQuo() - 1)).append(")\n");
        out.append("  reachable by unilateral improvements: ").append(list(sq.reachableUnilateral())).append('\n');
        out.append("  reachable by coalition improvements:  ").append(list(sq.reachableCoalition())).append('\n');
        for (Route route : sq.routes()) {
            out.append("  to ").append(route.target()).append(" (equilibrium under ")
                    .append(String.join(", ", route.concepts())).append("):\n");
            out.append("    unilateral: ").append(path(route.unilateral(), r)).append('\n');
            out.append("    coalition:  ").append(path(route.coalition(), r)).append('\n');
        }
    }

    private static String path(List<Step> steps, ConflictReport r) {
        if (steps == null) {
            return "not reachable";
        }
        if (steps.isEmpty()) {
            return "already there";
        }
        StringBuilder sb = new StringBuilder().append(steps.get(0).from());
        for (Step s : steps) {
            sb.append(" —").append(String.join("+", s.movers().stream().map(r::dmName).toList())).append("→ ").append(s.to());
        }
        return sb.toString();
    }

    private static String list(List<Integer> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids.stream().map(String::valueOf).toList());
    }
}
