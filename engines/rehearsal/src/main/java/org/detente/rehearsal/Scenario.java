package org.detente.rehearsal;

import java.util.ArrayList;
import java.util.List;

import org.detente.analysis.Analysis;
import org.detente.analysis.Analyzer;
import org.detente.analysis.Point;
import org.detente.model.NegotiationCase;
import org.detente.model.Party;
import org.detente.model.Preferences;

/**
 * A case made ready for sessions: every party's {@link UtilityTable} and the case's analysis (for the
 * distance of an agreement to the Pareto frontier and to Nash), computed once and shared read-only
 * by every session played on it.
 */
public final class Scenario {
    /** Default largest outcome space a scenario may have (tables cost 16 bytes per outcome per party). */
    public static final long DEFAULT_MAX_OUTCOMES = 20_000_000L;

    private final String name;
    private final NegotiationCase negotiationCase;
    private final List<UtilityTable> tables;
    private final Analysis analysis;
    private final double[][] frontier;
    private final double[] nash;

    private Scenario(String name, NegotiationCase c, List<UtilityTable> tables, Analysis analysis) {
        this.name = name;
        this.negotiationCase = c;
        this.tables = List.copyOf(tables);
        this.analysis = analysis;
        this.frontier = new double[analysis.frontier().size()][];
        for (int i = 0; i < frontier.length; i++) {
            frontier[i] = analysis.frontier().get(i).vector();
        }
        this.nash = analysis.solutions().nash().map(Point::vector).orElse(null);
    }

    /** {@link #prepare(String, NegotiationCase, long)} named after the case, with the default limit. */
    public static Scenario prepare(NegotiationCase c) {
        return prepare(c.name(), c, DEFAULT_MAX_OUTCOMES);
    }

    /**
     * Prepares a case.
     *
     * @param name        the scenario's name in results
     * @param c           the case
     * @param maxOutcomes refuse larger outcome spaces
     * @throws IllegalArgumentException if the space is not enumerable or too large
     * @throws org.detente.analysis.AnalysisLimitException if the frontier cannot be computed within limits
     */
    public static Scenario prepare(String name, NegotiationCase c, long maxOutcomes) {
        // the parties' tables are independent: build them on the common pool, in party order
        List<UtilityTable> tables;
        try {
            tables = c.parties().parallelStream().map(p -> UtilityTable.of(p.preferences(), maxOutcomes)).toList();
        } catch (IllegalArgumentException e) {
            // a refusal thrown on a pool thread comes back wrapped, its message prefixed by the class name
            throw e.getCause() instanceof IllegalArgumentException refusal ? refusal : e;
        }
        return new Scenario(name, c, tables, Analyzer.analyze(c));
    }

    /**
     * This scenario with party {@code party}'s preferences replaced (a counterpart sampled from a
     * profile, say): the other parties' tables are shared, the replaced party's table is built anew (it
     * ranks only what its red lines permit), and the analysis is that of the new case.
     *
     * @param name        the new scenario's name
     * @param party       index of the party replaced
     * @param preferences its new preferences, over the same domain
     * @param maxOutcomes refuse larger outcome spaces
     * @throws IllegalArgumentException if the preferences do not fit the case or the space is too large
     */
    public Scenario withPreferences(String name, int party, Preferences preferences, long maxOutcomes) {
        NegotiationCase c = negotiationCase;
        List<Party> parties = new ArrayList<>(c.parties());
        parties.set(party, new Party(parties.get(party).name(), preferences));
        NegotiationCase replaced = new NegotiationCase(c.name(), c.description(), c.domain(), parties, c.deals(),
                c.preparation());
        List<UtilityTable> t = new ArrayList<>(tables);
        t.set(party, UtilityTable.of(preferences, maxOutcomes));
        return new Scenario(name, replaced, t, Analyzer.analyze(replaced));
    }

    /** The scenario's name. */
    public String name() {
        return name;
    }

    /** The case. */
    public NegotiationCase negotiationCase() {
        return negotiationCase;
    }

    /** Number of parties. */
    public int parties() {
        return tables.size();
    }

    /** Party {@code p}'s utility table. */
    public UtilityTable table(int p) {
        return tables.get(p);
    }

    /** The case's analysis. */
    public Analysis analysis() {
        return analysis;
    }

    /** Euclidean distance of a utility vector to the nearest frontier point (NaN if there is none). */
    public double distanceToFrontier(double[] u) {
        double best = Double.POSITIVE_INFINITY;
        for (double[] f : frontier) {
            best = Math.min(best, distance(f, u));
        }
        return frontier.length == 0 ? Double.NaN : best;
    }

    /** Euclidean distance of a utility vector to the Nash point (NaN if there is none). */
    public double distanceToNash(double[] u) {
        return nash == null ? Double.NaN : distance(nash, u);
    }

    private static double distance(double[] a, double[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(d);
    }
}
