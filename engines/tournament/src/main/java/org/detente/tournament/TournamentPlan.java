package org.detente.tournament;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.detente.analysis.AnalysisLimitException;
import org.detente.rehearsal.Deadline;
import org.detente.rehearsal.Scenario;
import org.detente.rehearsal.Seeds;
import org.detente.rehearsal.SessionSpec;

/**
 * The sessions of a tournament: for every scenario, every assignment of the listed agents to its
 * parties (every ordered pair for two parties, self-play included; every ordered n-tuple for n),
 * repeated; each session with a stable id and a seed derived from the tournament seed and that id.
 *
 * <p>A single-text tournament plays every assignment of party strategies under every listed
 * mediator: ids {@code scenario/mediator/agentA+agentB/repetition}. An alternating-offers one has
 * ids {@code scenario/agentA+agentB/repetition}.
 */
public final class TournamentPlan {
    private TournamentPlan() {
    }

    /**
     * How many sessions {@link #of} plans: for each scenario, the agents to the power of its parties,
     * times the repetitions.
     *
     * @param scenarios   the scenarios
     * @param agents      how many agents
     * @param repetitions repetitions of each pairing
     */
    public static long size(List<Scenario> scenarios, int agents, int repetitions) {
        long n = 0;
        for (Scenario s : scenarios) {
            n += (long) Math.pow(agents, s.parties()) * repetitions;
        }
        return n;
    }

    /** The most sessions a plan holds (each a specification in memory, about 200 bytes). */
    public static final long MAX_SESSIONS = 50_000_000L;

    /**
     * The plan, in a fixed order (scenario, then assignment, then repetition).
     *
     * @param scenarios   scenarios, with distinct names
     * @param agents      agent names, at least one
     * @param repetitions repetitions of each pairing, at least 1
     * @param deadline    every session's deadline
     * @param seed        the tournament seed
     * @param actionLimit per-action time limit ({@link Duration#ZERO}: none)
     * @throws IllegalArgumentException if a list is empty, a count is below 1 or scenario names repeat
     */
    public static List<SessionSpec> of(List<Scenario> scenarios, List<String> agents, int repetitions,
                                       Deadline deadline, long seed, Duration actionLimit) {
        return of(scenarios, agents, List.of(), repetitions, deadline, seed, actionLimit);
    }

    /**
     * The plan of an alternating-offers tournament (no mediators) or a single-text one, in a fixed
     * order (scenario, then mediator, then assignment, then repetition).
     *
     * @param mediators the mediators of a single-text tournament (the agents then name party
     *                  strategies), or empty for alternating offers
     * @see #of(List, List, int, Deadline, long, Duration)
     * @throws AnalysisLimitException if the plan would hold more than {@link #MAX_SESSIONS} sessions
     */
    public static List<SessionSpec> of(List<Scenario> scenarios, List<String> agents, List<String> mediators,
                                       int repetitions, Deadline deadline, long seed, Duration actionLimit) {
        if (scenarios.isEmpty() || agents.isEmpty() || repetitions < 1) {
            throw new IllegalArgumentException("a tournament needs a scenario, an agent and at least one repetition");
        }
        if (scenarios.stream().map(Scenario::name).distinct().count() != scenarios.size()) {
            throw new IllegalArgumentException("two scenarios share a name; names identify sessions, so make them distinct");
        }
        long total = 0;
        for (Scenario s : scenarios) {
            int n = s.parties();
            double sessions = Math.pow(agents.size(), n) * repetitions * Math.max(1, mediators.size());
            total += (long) Math.min(sessions, Long.MAX_VALUE / 4);
            if (total > MAX_SESSIONS) {
                throw new AnalysisLimitException(String.format(java.util.Locale.ROOT, "the tournament would need %,d"
                        + " sessions (%,.0f for scenario '%s': %d agents on %d parties, %,d repetitions%s); a plan holds at"
                        + " most %,d: lower repetitions or name fewer agents", total, sessions, s.name(),
                        agents.size(), n, repetitions, mediators.isEmpty() ? "" : ", " + mediators.size() + " mediators",
                        MAX_SESSIONS));
            }
        }
        List<SessionSpec> out = new ArrayList<>((int) total);
        for (Scenario s : scenarios) {
            for (String m : mediators.isEmpty() ? List.of("") : mediators) {
                assign(out, s, agents, m, repetitions, deadline, seed, actionLimit);
            }
        }
        return out;
    }

    /** Every assignment of the agents to the scenario's parties, repeated, under mediator {@code m} (or none). */
    private static void assign(List<SessionSpec> out, Scenario s, List<String> agents, String m, int repetitions,
                               Deadline deadline, long seed, Duration actionLimit) {
        int n = s.parties();
        long combos = (long) Math.pow(agents.size(), n);
        int[] pick = new int[n];
        for (long c = 0; c < combos; c++) {
            long x = c;
            for (int p = n - 1; p >= 0; p--) {
                pick[p] = (int) (x % agents.size());
                x /= agents.size();
            }
            List<String> names = new ArrayList<>(n);
            for (int p = 0; p < n; p++) {
                names.add(agents.get(pick[p]));
            }
            for (int r = 1; r <= repetitions; r++) {
                String id = s.name() + "/" + (m.isEmpty() ? "" : m + "/") + String.join("+", names) + "/" + r;
                out.add(new SessionSpec(id, s, names, deadline, Seeds.session(seed, id), actionLimit, m));
            }
        }
    }
}
