package org.detente.tournament;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.detente.formats.casefile.CaseFiles;
import org.detente.rehearsal.Deadline;
import org.detente.rehearsal.Scenario;
import org.detente.rehearsal.Seeds;
import org.detente.rehearsal.SessionSpec;
import org.detente.testing.Repository;
import org.junit.jupiter.api.Test;

/** Every assignment of agents to parties, repeated, with stable ids and seeds; its size known beforehand. */
class TournamentPlanTest {
    private static Scenario example(String name) throws Exception {
        return Scenario.prepare(name, CaseFiles.read(Repository.path("examples/" + name + ".yaml")),
                Scenario.DEFAULT_MAX_OUTCOMES);
    }

    @Test
    void everyOrderedPairOnEveryScenarioRepeatedWithIdsAndSeedsFromTheTournamentSeed() throws Exception {
        List<Scenario> scenarios = List.of(example("arms-control"), example("apartment-lease"));
        List<String> agents = List.of("boulware", "linear", "random");
        List<SessionSpec> plan = TournamentPlan.of(scenarios, agents, 2, Deadline.rounds(10), 9, Duration.ZERO);
        assertThat(plan).hasSize(2 * 9 * 2);
        assertThat(TournamentPlan.size(scenarios, agents.size(), 2)).isEqualTo(plan.size());
        assertThat(plan.subList(0, 3)).extracting(SessionSpec::id).containsExactly("arms-control/boulware+boulware/1",
                "arms-control/boulware+boulware/2", "arms-control/boulware+linear/1");
        assertThat(plan.get(plan.size() - 1).id()).isEqualTo("apartment-lease/random+random/2");
        for (SessionSpec s : plan) {
            assertThat(s.seed()).isEqualTo(Seeds.session(9, s.id()));
            assertThat(s.id()).startsWith(s.scenario().name() + "/" + String.join("+", s.agents()) + "/");
        }
        assertThat(plan.stream().map(SessionSpec::id).distinct()).hasSameSizeAs(plan);
    }

    @Test
    void aSingleTextPlanRunsEveryAssignmentUnderEveryMediator() throws Exception {
        List<Scenario> scenarios = List.of(example("arms-control"));
        List<String> strategies = List.of("truthful", "strategic");
        List<SessionSpec> plan = TournamentPlan.of(scenarios, strategies, List.of("hill-climber", "nash-seeker"), 2,
                Deadline.rounds(10), 9, Duration.ofSeconds(1));
        assertThat(plan).hasSize(2 * 4 * 2);
        assertThat(plan.get(0).id()).isEqualTo("arms-control/hill-climber/truthful+truthful/1");
        assertThat(plan.get(plan.size() - 1).id()).isEqualTo("arms-control/nash-seeker/strategic+strategic/2");
        for (SessionSpec s : plan) {
            assertThat(s.mediated()).isTrue();
            assertThat(s.id()).isEqualTo(s.scenario().name() + "/" + s.mediator() + "/" + String.join("+", s.agents())
                    + "/" + s.id().substring(s.id().lastIndexOf('/') + 1));
            assertThat(s.seed()).isEqualTo(Seeds.session(9, s.id()));
        }
        assertThat(TournamentPlan.of(scenarios, strategies, 2, Deadline.rounds(10), 9, Duration.ZERO))
                .noneMatch(SessionSpec::mediated);
    }

    @Test
    void scenariosMustHaveDistinctNames() throws Exception {
        Scenario s = example("arms-control");
        assertThatThrownBy(() -> TournamentPlan.of(List.of(s, s), List.of("boulware"), 1, Deadline.rounds(10), 1,
                Duration.ZERO)).hasMessageContaining("two scenarios share a name");
    }

    @Test
    void aPlanBeyondItsLimitIsRefusedBeforeAnySessionIsMade() throws Exception {
        List<Scenario> one = List.of(example("apartment-lease"));
        List<String> four = List.of("boulware", "linear", "random", "conceder");
        assertThatThrownBy(() -> TournamentPlan.of(one, four, 2_000_000_000, Deadline.rounds(10), 1, Duration.ZERO))
                .isInstanceOf(org.detente.analysis.AnalysisLimitException.class)
                .hasMessageContaining("32,000,000,000 sessions").hasMessageContaining("repetitions");
        // each scenario within the limit, together beyond it
        int reps = (int) (TournamentPlan.MAX_SESSIONS / 16 / 2 + 1);
        List<Scenario> two = List.of(example("apartment-lease"), example("arms-control"));
        assertThatThrownBy(() -> TournamentPlan.of(two, four, reps, Deadline.rounds(10), 1, Duration.ZERO))
                .isInstanceOf(org.detente.analysis.AnalysisLimitException.class).hasMessageContaining("arms-control");
    }
}
