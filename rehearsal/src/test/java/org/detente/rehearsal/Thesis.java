package org.detente.rehearsal;

import java.util.List;
import java.util.Locale;

/** Measures pairings over scenarios: the figures behind the README's "Rehearsal" section. */
final class Thesis {
    record Figures(int sessions, int agreements, double pareto, double nash, double first, double second) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "sessions=%d agreements=%d pareto=%.4f nash=%.4f u1=%.4f u2=%.4f",
                    sessions, agreements, pareto, nash, first, second);
        }
    }

    /** The figures of several disjoint sets of sessions taken together. */
    static Figures combine(List<Figures> parts) {
        int n = 0;
        int agreed = 0;
        double pd = 0;
        double nd = 0;
        double ua = 0;
        double ub = 0;
        for (Figures f : parts) {
            n += f.sessions();
            agreed += f.agreements();
            if (f.agreements() > 0) {
                pd += f.pareto() * f.agreements();
                nd += f.nash() * f.agreements();
            }
            ua += f.first() * f.sessions();
            ub += f.second() * f.sessions();
        }
        return new Figures(n, agreed, pd / agreed, nd / agreed, ua / n, ub / n);
    }

    /** a vs b in both seats, {@code reps} seeds each, on every scenario; u1 is a's utility, u2 b's. */
    static Figures measure(List<Scenario> scenarios, String a, String b, int reps, int rounds) {
        AgentRegistry reg = AgentRegistry.standard();
        int n = 0;
        int agreed = 0;
        double pd = 0;
        double nd = 0;
        double ua = 0;
        double ub = 0;
        for (Scenario s : scenarios) {
            for (int seat = 0; seat < 2; seat++) {
                List<String> names = seat == 0 ? List.of(a, b) : List.of(b, a);
                for (int r = 0; r < reps; r++) {
                    String id = s.name() + "/" + names + "/" + r;
                    var spec = new SessionSpec(id, s, names, Deadline.rounds(rounds), Seeds.session(7, id),
                            java.time.Duration.ZERO);
                    var res = Sessions.run(spec, reg, SessionOptions.defaults());
                    n++;
                    ua += res.utilities().get(seat);
                    ub += res.utilities().get(1 - seat);
                    if (res.agreement()) {
                        agreed++;
                        pd += res.paretoDistance();
                        nd += res.nashDistance();
                    }
                }
            }
        }
        return new Figures(n, agreed, pd / agreed, nd / agreed, ua / n, ub / n);
    }
}
