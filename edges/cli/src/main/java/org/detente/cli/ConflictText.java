package org.detente.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.detente.conflict.stability.CoalitionResult;
import org.detente.conflict.stability.Concept;
import org.detente.conflict.stability.StateSpace;
import org.detente.conflict.statusquo.Route;
import org.detente.conflict.statusquo.Step;
import org.detente.conflict.statusquo.StatusQuoResult;
import org.detente.report.ConflictReport;

/**
 * The {@code detente conflict} tables for people. A small conflict is printed whole; a large one is
 * summarised (the key states, counts instead of long lists of state numbers, the routes to the
 * strongest equilibria) unless every state is asked for.
 */
final class ConflictText {
    /** One letter per concept, in {@link Concept} order. */
    private static final String LETTERS = "RGSQIBL";
    /** Conflicts with at most this many states get the whole state table by default. */
    static final int WHOLE_TABLE = 32;
    /** A list of state numbers longer than this is summarised as a count by default. */
    static final int LIST = 12;
    /** Route concepts that mark a weak equilibrium: routes only to these are counted, not listed. */
    private static final Set<String> WEAK = Set.of(Concept.GMR.key(), Concept.SMR.key(), Concept.SIM.key());

    private ConflictText() {
    }

    /**
     * @param all list every state, every state number and every route, however many (a conflict of
     *            at most {@link #WHOLE_TABLE} states is always listed whole)
     */
    static String render(ConflictReport r, boolean all) {
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
        boolean whole = all || sp.size() <= WHOLE_TABLE;
        List<Integer> rows = whole ? null : keyStates(r);
        if (!whole) {
            out.append("States: ").append(r.statusQuo() == null ? "" : "the status quo and ").append("the Nash equilibria, ")
                    .append(rows.size()).append(" of ").append(sp.size()).append(" (--all lists every state)\n");
        }
        out.append(table(r, rows));
        out.append("\n  R Nash · G GMR · S SMR · Q SEQ · I SIM · B SEQ∧SIM · L L(").append(r.stability().horizon())
                .append(") — letter: stable, '.': not; rank 1 = most preferred\n\n");
        Concept[] concepts = Concept.values();
        out.append("Equilibria (stable for every decision maker):\n");
        for (Concept c : concepts) {
            out.append(String.format("  %-8s %s%n", label(r, c), list(r.stability().equilibria(c), whole)));
        }
        CoalitionResult co = r.coalitions();
        out.append(String.format("  %-8s %s%n", "CNash", list(co.coalitionNash(), whole)));
        out.append("  (CNash: Nash equilibria from which no coalition has an improvement that helps every member)\n");
        if (!whole) {
            counts(out, r);
        }
        if (r.statusQuo() != null) {
            statusQuo(out, r.statusQuo(), r, whole);
        }
        return out.toString();
    }

    /** The status quo (if any) and the Nash equilibria, ascending, at most {@link #WHOLE_TABLE}. */
    private static List<Integer> keyStates(ConflictReport r) {
        TreeSet<Integer> key = new TreeSet<>(r.stability().equilibria(Concept.NASH));
        if (r.statusQuo() != null) {
            key.add(r.statusQuo().statusQuo());
        }
        return new ArrayList<>(key).subList(0, Math.min(key.size(), WHOLE_TABLE));
    }

    /** The state table: the given states (1-based), or every state for null. */
    private static String table(ConflictReport r, List<Integer> states) {
        StateSpace sp = r.space();
        int n = sp.decisionMakers();
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
        for (int id = 1; id <= sp.size(); id++) {
            if (states != null && !states.contains(id)) {
                continue;
            }
            int i = id - 1;
            List<String> row = new ArrayList<>(List.of(String.valueOf(id), String.valueOf(sp.decimal(i)), sp.yn(i)));
            for (int d = 0; d < n; d++) {
                row.add(String.valueOf(top[d] - sp.level(d, i) + 1));
            }
            for (int d = 0; d < n; d++) {
                StringBuilder flags = new StringBuilder();
                for (int c = 0; c < concepts.length; c++) {
                    flags.append(r.stability().isStable(concepts[c], d, id) ? LETTERS.charAt(c) : '.');
                }
                row.add(flags.toString());
            }
            StringBuilder eq = new StringBuilder();
            for (int c = 0; c < concepts.length; c++) {
                eq.append(r.stability().isEquilibrium(concepts[c], id) ? LETTERS.charAt(c) : '.');
            }
            row.add(eq.toString());
            table.row(row.toArray(String[]::new));
        }
        return table.render("  ");
    }

    /** How many states each decision maker finds stable under each concept. */
    private static void counts(StringBuilder out, ConflictReport r) {
        int n = r.space().decisionMakers();
        List<String> headers = new ArrayList<>(List.of("concept"));
        for (int d = 0; d < n; d++) {
            headers.add(r.dmName(d));
        }
        headers.add("every one");
        TextTable t = new TextTable(headers.toArray(String[]::new));
        for (Concept c : Concept.values()) {
            List<String> row = new ArrayList<>(List.of(label(r, c)));
            for (int d = 0; d < n; d++) {
                row.add(String.valueOf(r.stability().stableStates(c, d).size()));
            }
            row.add(String.valueOf(r.stability().equilibria(c).size()));
            t.row(row.toArray(String[]::new));
        }
        out.append("\nStable states per decision maker, of ").append(r.space().size()).append(":\n")
                .append(t.render("  "));
    }

    private static void statusQuo(StringBuilder out, StatusQuoResult sq, ConflictReport r, boolean all) {
        out.append("\nStatus quo: state ").append(sq.statusQuo()).append(" (")
                .append(r.space().yn(sq.statusQuo() - 1)).append(")\n");
        out.append("  reachable by unilateral improvements: ").append(list(sq.reachableUnilateral(), all)).append('\n');
        out.append("  reachable by coalition improvements:  ").append(list(sq.reachableCoalition(), all)).append('\n');
        List<Route> shown = new ArrayList<>();
        List<Route> counted = new ArrayList<>();
        for (Route route : sq.routes()) {
            (all || sq.routes().size() <= LIST || !WEAK.containsAll(route.concepts()) ? shown : counted).add(route);
        }
        if (!counted.isEmpty()) {
            out.append("  Routes to the ").append(shown.size()).append(" equilibria under Nash, SEQ, SEQ∧SIM, L(h) or CNash")
                    .append(shown.isEmpty() ? ": none\n" : ":\n");
        }
        for (Route route : shown) {
            out.append("  to ").append(route.target()).append(" (equilibrium under ")
                    .append(String.join(", ", route.concepts())).append("):\n");
            out.append("    unilateral: ").append(path(route.unilateral(), r)).append('\n');
            out.append("    coalition:  ").append(path(route.coalition(), r)).append('\n');
        }
        if (!counted.isEmpty()) {
            long unilateral = counted.stream().filter(x -> x.unilateral() != null).count();
            long coalition = counted.stream().filter(x -> x.unilateral() == null && x.coalition() != null).count();
            out.append(TextTable.prose("  ", "The other " + counted.size() + " equilibria (under GMR, SMR or SIM "
                    + "only): " + unilateral + " reachable by unilateral improvements, " + coalition
                    + " by coalition improvements only, " + (counted.size() - unilateral - coalition)
                    + " not reachable; --all lists their routes.", "  "));
        }
    }

    private static String label(ConflictReport r, Concept c) {
        return c == Concept.LIMITED ? "L(" + r.stability().horizon() + ")" : c.label();
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

    /** The state numbers, or beyond {@link #LIST} of them (unless {@code all}) their count. */
    private static String list(List<Integer> ids, boolean all) {
        if (ids.isEmpty()) {
            return "none";
        }
        if (!all && ids.size() > LIST) {
            return ids.size() + " states; --all lists them";
        }
        return String.join(", ", ids.stream().map(String::valueOf).toList());
    }
}
