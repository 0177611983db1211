package org.detente.rehearsal.plan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.detente.rehearsal.AgentRegistry;
import org.detente.rehearsal.Deadline;
import org.detente.rehearsal.Scenario;
import org.detente.rehearsal.Seeds;
import org.detente.rehearsal.SessionOptions;
import org.detente.rehearsal.SessionResult;
import org.detente.rehearsal.SessionSpec;
import org.detente.rehearsal.Sessions;
import org.detente.rehearsal.agents.BuiltInAgents;

/**
 * The article's thesis on one case: the prepared Strategist against the unprepared Improviser, beside
 * each meeting its own kind, with the parties' stated preferences. Each pairing is played with the
 * first agent in every seat in turn (the second in all the others), {@code repetitions} seeds per seat.
 */
public final class Pairings {
    /** The pairings measured, in order: first agent, second agent. */
    public static final List<List<String>> PAIRS = List.of(List.of("improviser", "improviser"),
            List.of("strategist", "improviser"), List.of("strategist", "strategist"));

    private Pairings() {
    }

    /**
     * The figures of one pairing.
     *
     * @param first       the first agent
     * @param second      the second agent
     * @param sessions    sessions played
     * @param agreements  sessions that ended in agreement
     * @param pareto      mean distance of the agreements to the Pareto frontier
     * @param nash        mean distance of the agreements to the Nash point (NaN without one)
     * @param firstUtility  the first agent's mean utility over all sessions
     * @param secondUtility the second agents' mean utility over all sessions
     */
    public record Pairing(String first, String second, int sessions, int agreements, double pareto, double nash,
                          double firstUtility, double secondUtility) {
    }

    /**
     * Measures every pairing of {@link #PAIRS}.
     *
     * @param s           the scenario (stated preferences)
     * @param repetitions seeds per seat, ≥ 1
     * @param rounds      deadline in rounds, ≥ 1
     * @param seed        the seed; each session's from it and the session's id
     * @param threads     worker threads (the figures do not depend on it)
     * @param progress    called once per finished session, or null
     * @throws IllegalArgumentException if a count is below 1
     */
    public static List<Pairing> measure(Scenario s, int repetitions, int rounds, long seed, int threads,
                                        Runnable progress) {
        if (repetitions < 1 || rounds < 1) {
            throw new IllegalArgumentException("repetitions and rounds must be at least 1");
        }
        int n = s.parties();
        int per = n * repetitions;
        AgentRegistry registry = BuiltInAgents.registry();
        List<SessionResult> all = Rehearsal.parallel(threads, PAIRS.size() * per, k -> {
            List<String> pair = PAIRS.get(k / per);
            int seat = k % per / repetitions;
            List<String> names = new ArrayList<>();
            for (int p = 0; p < n; p++) {
                names.add(p == seat ? pair.get(0) : pair.get(1));
            }
            String id = "pairing/" + String.join("+", names) + "/" + (k % repetitions);
            SessionResult r = Sessions.run(new SessionSpec(id, s, names, Deadline.rounds(rounds), Seeds.session(seed, id),
                    Duration.ZERO), registry, SessionOptions.defaults());
            if (progress != null) {
                progress.run();
            }
            return r;
        });
        List<Pairing> out = new ArrayList<>();
        for (int q = 0; q < PAIRS.size(); q++) {
            int agreed = 0;
            double pd = 0;
            double nd = 0;
            double u1 = 0;
            double u2 = 0;
            for (int k = q * per; k < (q + 1) * per; k++) {
                SessionResult r = all.get(k);
                int seat = k % per / repetitions;
                u1 += r.utilities().get(seat);
                double others = 0;
                for (int p = 0; p < n; p++) {
                    others += p == seat ? 0 : r.utilities().get(p);
                }
                u2 += others / (n - 1);
                if (r.agreement()) {
                    agreed++;
                    pd += r.paretoDistance();
                    nd += r.nashDistance();
                }
            }
            out.add(new Pairing(PAIRS.get(q).get(0), PAIRS.get(q).get(1), per, agreed,
                    agreed == 0 ? Double.NaN : pd / agreed, agreed == 0 ? Double.NaN : nd / agreed, u1 / per, u2 / per));
        }
        return out;
    }
}
