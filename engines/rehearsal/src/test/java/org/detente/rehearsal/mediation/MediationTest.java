package org.detente.rehearsal.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.detente.model.DiscreteIssue;
import org.detente.model.Domain;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;
import org.detente.model.Party;
import org.detente.model.Preferences;
import org.detente.model.ValueFunction;
import org.detente.rehearsal.Deadline;
import org.detente.rehearsal.Ending;
import org.detente.rehearsal.Scenario;
import org.detente.rehearsal.SessionOptions;
import org.detente.rehearsal.SessionResult;
import org.junit.jupiter.api.Test;

/** Small cases worked out by hand: one issue x of three values a, b, c (outcome indices 0, 1, 2). */
class MediationTest {
    /** Two parties who value a, b, c as given, with reservation values rvA and rvB. */
    static Scenario oneIssue(double[] a, double[] b, double rvA, double rvB) {
        Domain d = new Domain("abc", List.of(new DiscreteIssue("x", List.of("a", "b", "c"))));
        List<Party> ps = new ArrayList<>();
        double[][] values = {a, b};
        double[] rvs = {rvA, rvB};
        for (int p = 0; p < 2; p++) {
            List<Double> t = new ArrayList<>();
            for (double v : values[p]) {
                t.add(v);
            }
            ps.add(new Party("p" + p, new Preferences(new LinearAdditiveUtility(d, List.of(1.0),
                    List.of(new ValueFunction.Table(t))), rvs[p], 1.0, List.of())));
        }
        return Scenario.prepare(new NegotiationCase("abc", "", d, ps));
    }

    private static final Scenario SPLIT = oneIssue(new double[] {1, 0.6, 0}, new double[] {0, 0.6, 1}, 0.5, 0.5);

    private static SessionResult run(Scenario s, Mediator m, int rounds, Respondent... parties) {
        return Mediation.run(s, List.of(parties), List.of("x", "y"), m, "scripted", Deadline.rounds(rounds),
                SessionOptions.defaults().withTrace(true));
    }

    private static Respondent truthful(Scenario s, int p) {
        return Respondents.create("truthful", s.table(p));
    }

    @Test
    void aBallotEveryPartyAcceptsIsTheAgreement() {
        SessionResult r = run(SPLIT, v -> new Question.Ballot(1), 10, truthful(SPLIT, 0), truthful(SPLIT, 1));
        assertThat(r.ending()).isEqualTo(Ending.AGREEMENT);
        assertThat(r.outcomeIndex()).isEqualTo(1);
        assertThat(r.rounds()).isEqualTo(1);
        assertThat(r.offers()).isEqualTo(1);
        assertThat(r.utilities()).containsExactly(0.6, 0.6);
        assertThat(r.mediator()).isEqualTo("scripted");
        assertThat(r.trace()).singleElement().satisfies(t -> assertThat(t.party()).isEqualTo(-1));
    }

    @Test
    void aVetoedTextRunsToTheDeadline() {
        // a is worth 0 to the second party, below its reservation value 0.5: it vetoes every round
        SessionResult r = run(SPLIT, v -> new Question.Ballot(0), 3, truthful(SPLIT, 0), truthful(SPLIT, 1));
        assertThat(r.ending()).isEqualTo(Ending.DEADLINE);
        assertThat(r.rounds()).isEqualTo(3);
        assertThat(r.offers()).isEqualTo(3);
        assertThat(r.utilities()).containsExactly(0.5, 0.5);
        assertThat(r.paretoDistance()).isNaN();
    }

    @Test
    void truthfulComparesByUtilityStrategicCallsIndifferenceWorse() {
        Scenario same = oneIssue(new double[] {0.2, 0.2, 1}, new double[] {0.2, 0.2, 1}, 0, 0);
        Respondent t = truthful(same, 0);
        Respondent s = Respondents.create("strategic", same.table(0));
        assertThat(t.answer(null, new Question.Draft(2, 0))).isEqualTo(Answer.Comparison.BETTER);
        assertThat(t.answer(null, new Question.Draft(1, 0))).isEqualTo(Answer.Comparison.SAME);
        assertThat(t.answer(null, new Question.Draft(0, 2))).isEqualTo(Answer.Comparison.WORSE);
        assertThat(s.answer(null, new Question.Draft(1, 0))).isEqualTo(Answer.Comparison.WORSE);
        assertThat(s.answer(null, new Question.Draft(2, 0))).isEqualTo(Answer.Comparison.BETTER);
        // the strategic target is halfway from 0 to 1: 0.2 is vetoed, the truthful party signs it
        assertThat(t.answer(null, new Question.Ballot(0))).isEqualTo(Answer.Vote.ACCEPT);
        assertThat(s.answer(null, new Question.Ballot(0))).isEqualTo(Answer.Vote.REJECT);
        assertThat(s.answer(null, new Question.Ballot(2))).isEqualTo(Answer.Vote.ACCEPT);
    }

    @Test
    void forfeits() {
        Respondent ok = truthful(SPLIT, 0);
        SessionResult threw = run(SPLIT, v -> new Question.Ballot(1), 5, ok, (v, q) -> {
            throw new IllegalStateException("boom");
        });
        assertThat(threw.ending()).isEqualTo(Ending.FORFEIT);
        assertThat(threw.endedBy()).isEqualTo(1);
        assertThat(threw.reason()).contains("threw").contains("boom");
        assertThat(threw.utilities()).containsExactly(0.5, 0.0);

        SessionResult wrongKind = run(SPLIT, v -> new Question.Draft(1, 0), 5, ok, (v, q) -> Answer.Vote.ACCEPT);
        assertThat(wrongKind.reason()).isEqualTo("answered a draft with ACCEPT");
        SessionResult none = run(SPLIT, v -> new Question.Ballot(1), 5, (v, q) -> null, ok);
        assertThat(none.endedBy()).isZero();
        assertThat(none.reason()).isEqualTo("gave no answer");
        SessionResult comparedBallot = run(SPLIT, v -> new Question.Ballot(1), 5, ok,
                (v, q) -> Answer.Comparison.SAME);
        assertThat(comparedBallot.reason()).isEqualTo("answered a ballot with SAME");
    }

    @Test
    void aMediatorThatBreaksTheRulesForfeitsForNoPartysFault() {
        Respondent a = truthful(SPLIT, 0);
        Respondent b = truthful(SPLIT, 1);
        SessionResult outside = run(SPLIT, v -> new Question.Ballot(3), 5, a, b);
        assertThat(outside.ending()).isEqualTo(Ending.FORFEIT);
        assertThat(outside.endedBy()).isEqualTo(-1);
        assertThat(outside.reason()).startsWith("the mediator asked").contains("outside the outcome space [0, 3)");
        assertThat(outside.utilities()).as("each party its reservation value").containsExactly(0.5, 0.5);
        assertThat(run(SPLIT, v -> null, 5, a, b).reason()).isEqualTo("the mediator asked nothing");
        SessionResult overflow = run(SPLIT, new Mediator() {
            @Override
            public Question next(MediatorView v) {
                return next(v);
            }
        }, 5, a, b);
        assertThat(overflow.reason()).startsWith("the mediator threw java.lang.StackOverflowError");
        assertThat(overflow.endedBy()).isEqualTo(-1);
    }

    /**
     * Common interest: both want c (worth 1), b is worth 0.5 and a nothing, and only c clears their
     * reservation value 0.8. Every mediator, from any start, ends on c: a ballot on a or b is vetoed by
     * both, and then the text moves only toward what both find better.
     */
    @Test
    void everyMediatorFindsTheTextBothWant() {
        Scenario both = oneIssue(new double[] {0, 0.5, 1}, new double[] {0, 0.5, 1}, 0.8, 0.8);
        for (String name : Mediators.names()) {
            for (long seed = 0; seed < 20; seed++) {
                Mediator m = Mediators.create(name, both.table(0).space(), 2, new SplittableRandom(seed));
                SessionResult r = Mediation.run(both, List.of(truthful(both, 0), truthful(both, 1)),
                        List.of("truthful", "truthful"), m, name, Deadline.rounds(30), SessionOptions.defaults());
                assertThat(r.outcomeIndex()).as(name + " seed " + seed).isEqualTo(2);
            }
        }
    }

    @Test
    void unknownNamesListTheKnownOnes() {
        assertThatThrownBy(() -> Mediators.create("oracle", SPLIT.table(0).space(), 2, new SplittableRandom(1)))
                .hasMessage("unknown mediator 'oracle'; known mediators: hill-climber, annealer, feedback, nash-seeker");
        assertThatThrownBy(() -> Respondents.create("liar", SPLIT.table(0)))
                .hasMessage("unknown party strategy 'liar'; known strategies: truthful, strategic");
    }
}
