package org.detente.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.detente.model.Preferences;
import org.detente.rehearsal.mediation.Answer;
import org.detente.rehearsal.mediation.Mediation;
import org.detente.rehearsal.mediation.Mediator;
import org.detente.rehearsal.mediation.MediatorView;
import org.detente.rehearsal.mediation.Question;
import org.detente.rehearsal.mediation.Respondent;
import org.detente.rehearsal.mediation.Respondents;
import org.junit.jupiter.api.Test;

/**
 * The single-text engine's views, audited as {@link ViewIsolationTest} audits alternating offers:
 * nothing reachable by reflection from what a respondent is handed (its view and the question)
 * leads to the mediator, its state, the other party's preferences, the scenario or the engine; and
 * nothing reachable from the mediator's view leads to any party's preferences. What a mediator does
 * to its own view changes neither the answers counted nor the result.
 */
class MediationViewIsolationTest {
    private static Set<Object> reachable(Object... roots) {
        Set<Object> all = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Object r : roots) {
            all.addAll(ViewIsolationTest.reachable(r));
        }
        return all;
    }

    private static boolean engineOrSeat(Object o) {
        String n = o.getClass().getName();
        return n.contains("Engine") || n.contains("Seat") || n.contains("Search");
    }

    @Test
    void aSpyingRespondentReachesNeitherTheMediatorNorTheOtherSide() {
        Scenario s = Scenarios.armsControl();
        List<Set<Object>> seen = new ArrayList<>();
        Respondent honest = Respondents.create("truthful", s.table(0));
        Respondent spy = (view, q) -> {
            seen.add(reachable(view, q));
            return honest.answer(view, q);
        };
        Respondent other = Respondents.create("truthful", s.table(1));
        List<Mediator> mediators = new ArrayList<>();
        for (String name : org.detente.rehearsal.mediation.Mediators.names()) {
            mediators.add(org.detente.rehearsal.mediation.Mediators.create(name, s.table(0).space(), 2,
                    new java.util.SplittableRandom(7)));
        }
        for (Mediator m : mediators) {
            SessionResult r = Mediation.run(s, List.of(spy, other), List.of("spy", "truthful"), m, "m",
                    Deadline.rounds(30), SessionOptions.defaults());
            assertThat(r.ending()).as(r.reason()).isNotEqualTo(Ending.FORFEIT);
        }
        assertThat(seen).hasSizeGreaterThan(mediators.size());
        for (Set<Object> objects : seen) {
            assertThat(objects).as("own preferences").contains(s.table(0));
            assertThat(objects).as("the other party's table and preferences, the scenario, the respondents")
                    .doesNotContain(s.table(1), s.table(1).preferences(), s, spy, other, honest);
            assertThat(objects).as("the mediators").doesNotContainAnyElementsOf(mediators);
            assertThat(objects.stream().filter(o -> o instanceof Mediator || o instanceof Respondent
                    || o instanceof MediatorView || o instanceof Scenario || engineOrSeat(o))).isEmpty();
        }
    }

    @Test
    void theMediatorsViewLeadsToNoPartysPreferences() {
        Scenario s = Scenarios.armsControl();
        List<Set<Object>> seen = new ArrayList<>();
        Mediator spy = v -> {
            seen.add(reachable(v));
            return v.last() == null ? new Question.Ballot(0) : new Question.Draft(v.round() % 5, 0);
        };
        Respondent a = Respondents.create("truthful", s.table(0));
        Respondent b = Respondents.create("strategic", s.table(1));
        SessionResult r = Mediation.run(s, List.of(a, b), List.of("truthful", "strategic"), spy, "spy",
                Deadline.rounds(10), SessionOptions.defaults());
        assertThat(r.ending()).as(r.reason()).isNotEqualTo(Ending.FORFEIT);
        assertThat(seen).hasSize(10);
        for (Set<Object> objects : seen) {
            assertThat(objects).doesNotContain(s.table(0), s.table(1), s, a, b);
            assertThat(objects.stream().filter(o -> o instanceof UtilityTable || o instanceof Preferences
                    || o instanceof Respondent || o instanceof Scenario || o.getClass().getName().contains("Engine")))
                    .isEmpty();
        }
    }

    @Test
    void aMediatorThatForgesItsViewChangesNothingButWhatItSees() throws ReflectiveOperationException {
        Scenario s = Scenarios.armsControl();
        long text = s.table(0).outcomeAt(0);
        Mediator forger = v -> {
            try {
                for (Field f : v.getClass().getDeclaredFields()) {
                    f.setAccessible(true);
                    if (f.get(v) instanceof Answer[] answers) {
                        java.util.Arrays.fill(answers, Answer.Vote.ACCEPT);
                    }
                }
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            return new Question.Ballot(text);
        };
        Respondent vetoes = (view, q) -> Answer.Vote.REJECT;
        SessionResult r = Mediation.run(s, List.of(Respondents.create("truthful", s.table(0)), vetoes),
                List.of("truthful", "vetoes"), forger, "forger", Deadline.rounds(5), SessionOptions.defaults());
        assertThat(r.ending()).as("the veto counted, not the forged answers").isEqualTo(Ending.DEADLINE);
    }
}
