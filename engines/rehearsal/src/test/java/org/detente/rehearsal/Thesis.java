package org.detente.rehearsal;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.detente.rehearsal.agents.BuiltInAgents;

/** Measures pairings over scenarios: the figures behind the README's "Rehearsal" section. */
final class Thesis {
    record Figures(int sessions, int agreements, double pareto, double nash, double first, double second,
                   double rounds) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "sessions=%d agreements=%d pareto=%.4f nash=%.4f u1=%.4f u2=%.4f rounds=%.1f",
                    sessions, agreements, pareto, nash, first, second, rounds);
        }
    }

    /** Sums over sessions: the figures are its means. */
    private static final class Tally {
        int n;
        int agreed;
        double pd;
        double nd;
        double ua;
        double ub;
        double rounds;

        void add(int sessions, int agreements, double paretoSum, double nashSum, double firstSum, double secondSum,
                 double roundSum) {
            n += sessions;
            agreed += agreements;
            pd += paretoSum;
            nd += nashSum;
            ua += firstSum;
            ub += secondSum;
            rounds += roundSum;
        }

        Figures figures() {
            return new Figures(n, agreed, pd / agreed, nd / agreed, ua / n, ub / n, rounds / n);
        }
    }

    /** The figures of several disjoint sets of sessions taken together. */
    static Figures combine(List<Figures> parts) {
        Tally t = new Tally();
        for (Figures f : parts) {
            t.add(f.sessions(), f.agreements(), f.agreements() > 0 ? f.pareto() * f.agreements() : 0,
                    f.agreements() > 0 ? f.nash() * f.agreements() : 0, f.first() * f.sessions(),
                    f.second() * f.sessions(), f.rounds() * f.sessions());
        }
        return t.figures();
    }

    /** a vs b in both seats, {@code reps} seeds each, on every scenario; u1 is a's utility, u2 b's. */
    static Figures measure(List<Scenario> scenarios, String a, String b, int reps, int rounds) {
        AgentRegistry reg = BuiltInAgents.registry();
        return measure(scenarios, a, b, reps, rounds, spec -> Sessions.run(spec, reg, SessionOptions.defaults()));
    }

    /** {@link #measure(List, String, String, int, int)} with each session run by {@code runner}. */
    static Figures measure(List<Scenario> scenarios, String a, String b, int reps, int rounds,
                           Function<SessionSpec, SessionResult> runner) {
        Tally t = new Tally();
        for (Scenario s : scenarios) {
            for (int seat = 0; seat < 2; seat++) {
                List<String> names = seat == 0 ? List.of(a, b) : List.of(b, a);
                for (int r = 0; r < reps; r++) {
                    String id = s.name() + "/" + names + "/" + r;
                    var spec = new SessionSpec(id, s, names, Deadline.rounds(rounds), Seeds.session(7, id),
                            java.time.Duration.ZERO);
                    var res = runner.apply(spec);
                    boolean agreed = res.agreement();
                    t.add(1, agreed ? 1 : 0, agreed ? res.paretoDistance() : 0, agreed ? res.nashDistance() : 0,
                            res.utilities().get(seat), res.utilities().get(1 - seat), res.rounds());
                }
            }
        }
        return t.figures();
    }
}
