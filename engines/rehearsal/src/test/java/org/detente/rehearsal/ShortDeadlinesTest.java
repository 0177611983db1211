package org.detente.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.detente.rehearsal.agents.BuiltInAgents;

/**
 * Prepared sides agree under short deadlines: two Strategists (frequency or Bayesian model) settle
 * at least as often as untrained people do on small division problems (about 87 %, the figure issue
 * 11 quotes), at every deadline from 10 rounds up, and no further from the Pareto frontier or Nash
 * than with 200 rounds. README.md ("The article's thesis, measured") quotes the figures this test
 * prints; the Improviser pairing is printed beside them as the unprepared reference.
 */
class ShortDeadlinesTest {
    private static final List<Integer> DEADLINES = List.of(10, 20, 50, 200);
    private static final List<Scenario> PROBLEMS = DivisionProblems.sample(2026, 200);

    @Test
    void strategistsAgreeAsOftenAsPeopleAtEveryDeadline() {
        paced("strategist");
    }

    @Test
    void soDoStrategistsWithABayesianModel() {
        paced("strategist-bayes");
    }

    /** 20 s on a clock that moves one second each time the engine reads it, once a turn: ten rounds. */
    @Test
    void aDeadlineInTimeIsPacedByTheTurnsItLeaves() {
        var reg = BuiltInAgents.registry();
        int agreed = 0;
        for (Scenario s : PROBLEMS) {
            long[] now = {0};
            Clock ticking = () -> now[0]++ * 1_000_000_000L;
            var deadline = new Deadline.Time(java.time.Duration.ofSeconds(20), ticking);
            var spec = new SessionSpec(s.name(), s, List.of("strategist", "strategist"), deadline, 7,
                    java.time.Duration.ZERO);
            agreed += Sessions.run(spec, reg, SessionOptions.defaults()).agreement() ? 1 : 0;
        }
        System.err.println("strategist vs strategist, 20 s at a second a turn: " + agreed + " of " + PROBLEMS.size());
        assertThat(agreed).as("ten rounds' worth of time").isGreaterThanOrEqualTo(PROBLEMS.size() * 87 / 100);
    }

    @Test
    void improvisersForReference() {
        for (int rounds : DEADLINES) {
            System.err.println("improviser vs improviser, " + rounds + " rounds: "
                    + Thesis.measure(PROBLEMS, "improviser", "improviser", 1, rounds));
        }
    }

    private static void paced(String agent) {
        List<Thesis.Figures> figures = DEADLINES.stream().map(r -> Thesis.measure(PROBLEMS, agent, agent, 1, r)).toList();
        var longest = figures.get(DEADLINES.size() - 1);
        for (int i = 0; i < DEADLINES.size(); i++) {
            int rounds = DEADLINES.get(i);
            var f = figures.get(i);
            System.err.println(agent + " vs " + agent + ", " + rounds + " rounds: " + f);
            assertThat(f.agreements()).as("%d rounds", rounds).isGreaterThanOrEqualTo(f.sessions() * 87 / 100);
            assertThat(f.pareto()).as("%d rounds", rounds).isLessThanOrEqualTo(longest.pareto() + 0.01);
            assertThat(f.nash()).as("%d rounds", rounds).isLessThanOrEqualTo(longest.nash() + 0.02);
        }
    }
}
