package org.detente.rehearsal;

import org.detente.rehearsal.agents.BuiltInAgents;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every registered agent keeps (the built-in ones, the classic ANAC ones and any found
 * on the class path), one parameterised suite over the registry's names. Against opponents that
 * concede, one that never concedes and one that accepts at once, on a two-issue, a many-issue, a
 * bundled and a three-party scenario, under deadlines of 1 to 60 rounds and in time, an agent:
 * makes only valid actions (no forfeit: offers are outcomes of the domain its red lines permit, it
 * accepts only a standing offer another party made, that it was shown); never offers less than its
 * reservation value (unless listed in {@link #NO_FLOOR}); plays the same session for the same seed;
 * and the session ends within its deadline.
 */
@Tag("slow")
class AgentContractTest {
    /** Agents that do not promise to offer at least their reservation value, and why. */
    private static final Set<String> NO_FLOOR = Set.of(
            "improviser" /* picks any package within 3% of its aspiration, which dips below its alternative (arms control) */);
    private static final String ACCEPTER = "contract-accepter";
    private static final String CHECKED = "contract-checked";
    private static final List<Scenario> SCENARIOS = List.of(
            Scenario.prepare(Scenarios.random(11, 2, 2, 5, 0.3, 1)),
            Scenario.prepare(Scenarios.random(12, 2, 10, 3, 0.3, 0.9)),
            Scenarios.armsControl(),
            Scenario.prepare(Scenarios.random(13, 3, 3, 5, 0.2, 1)));
    private static final List<String> OPPONENTS = List.of("boulware", "conceder", "hardliner", ACCEPTER, "random",
            "strategist");

    static Stream<String> agents() {
        return BuiltInAgents.registry().names().stream();
    }

    /** The agent under test, wrapped to record any breach of the contract the protocol does not itself catch. */
    private static AgentRegistry registry(String agent, AgentFactory real, List<String> breaches) {
        AgentRegistry standard = BuiltInAgents.registry();
        boolean floor = !NO_FLOOR.contains(agent);
        AgentFactory checked = setup -> {
            Agent a = real.create(setup);
            return view -> {
                Action act = a.act(view);
                UtilityTable own = view.own();
                if (act instanceof Offer o && floor && own.contains(o.outcome())
                        && own.utility(o.outcome()) < own.reservationValue()) {
                    breaches.add(agent + " offered " + own.utility(o.outcome()) + " below its reservation value "
                            + own.reservationValue() + " in round " + view.round());
                }
                if (act instanceof Accept && (view.standingOffer() < 0 || view.standingProposer() == view.me())) {
                    breaches.add(agent + " accepted an offer it was not shown, in round " + view.round());
                }
                return act;
            };
        };
        AgentFactory accepter = setup -> view -> view.standingOffer() >= 0 && view.standingProposer() != view.me()
                && view.own().permits(view.standingOffer()) ? Accept.INSTANCE : new Offer(view.own().outcomeAt(0));
        return standard.with(CHECKED, checked).with(ACCEPTER, accepter);
    }

    private static List<List<String>> seatings(Scenario s, String other) {
        List<String> names = s.parties() == 2 ? List.of(CHECKED, other) : List.of(other, CHECKED, other);
        List<String> reversed = new ArrayList<>(names);
        Collections.reverse(reversed);
        return List.of(names, reversed);
    }

    /** A clock that moves 1 ms each time it is read: a time deadline that plays the same way every run. */
    private static Clock steppingClock() {
        long[] now = {0};
        return () -> now[0] += 1_000_000;
    }

    private static List<Deadline> deadlines() {
        return List.of(Deadline.rounds(1), Deadline.rounds(2), Deadline.rounds(3), Deadline.rounds(60),
                new Deadline.Time(Duration.ofMillis(150), steppingClock()));
    }

    @ParameterizedTest
    @MethodSource("agents")
    void keepsTheContractAgainstEveryKindOfOpponent(String agent) {
        assertThat(breaches(agent, BuiltInAgents.registry().get(agent))).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void catchesAnAgentThatOffersBelowItsReservationValue() {
        AgentFactory lowballer = setup -> view -> view.round() < 2 ? new Offer(view.own().outcomeAt(0))
                : new Offer(view.own().outcomeAt(view.own().ranks() - 1));
        assertThat(breaches("lowballer", lowballer)).isNotEmpty()
                .allMatch(b -> b.startsWith("lowballer offered ") && b.contains("below its reservation value"));
    }

    /** Every breach of the contract by {@code real}, over every opponent, seat, scenario and deadline. */
    private static List<String> breaches(String agent, AgentFactory real) {
        List<String> breaches = Collections.synchronizedList(new ArrayList<>());
        AgentRegistry registry = registry(agent, real, breaches);
        for (Scenario s : SCENARIOS) {
            List<String> opponents = new ArrayList<>(OPPONENTS);
            if (registry.contains(agent)) {
                opponents.add(agent);
            }
            for (String other : opponents) {
                for (List<String> seats : seatings(s, other)) {
                    for (Deadline d : deadlines()) {
                        // the action limit is measured on the deadline's clock, which under a time deadline is the stepping one
                        Duration limit = d instanceof Deadline.Rounds ? Duration.ofSeconds(2) : Duration.ZERO;
                        var spec = new SessionSpec("c", s, seats, d, 42, limit);
                        SessionResult r = Sessions.run(spec, registry, SessionOptions.defaults());
                        String what = agent + " as " + seats + " on " + s.name() + " under " + d;
                        assertThat(r.ending()).as("%s: %s", what, r.reason()).isNotEqualTo(Ending.FORFEIT);
                        assertThat(r.time()).as(what).isBetween(0.0, 1.0);
                        if (d instanceof Deadline.Rounds rounds) {
                            assertThat(r.rounds()).as(what).isBetween(1, rounds.rounds());
                        }
                        for (int p = 0; p < s.parties(); p++) {
                            assertThat(r.utilities().get(p)).as(what).isBetween(-1e-9, 1.0002);
                        }
                    }
                }
            }
        }
        return breaches;
    }

    @ParameterizedTest
    @MethodSource("agents")
    void playsTheSameSessionForTheSameSeed(String agent) {
        AgentRegistry registry = BuiltInAgents.registry();
        for (Scenario s : List.of(SCENARIOS.get(0), SCENARIOS.get(1), SCENARIOS.get(3))) {
            List<String> seats = s.parties() == 2 ? List.of(agent, "linear") : List.of("linear", agent, agent);
            for (int k = 0; k < 2; k++) {
                List<SessionResult> runs = new ArrayList<>();
                for (int run = 0; run < 2; run++) {
                    Deadline d = k == 0 ? Deadline.rounds(100) : new Deadline.Time(Duration.ofMillis(150), steppingClock());
                    var spec = new SessionSpec("d", s, seats, d, 9, Duration.ZERO);
                    runs.add(Sessions.run(spec, registry, SessionOptions.defaults().withTrace(true)));
                }
                assertThat(runs.get(1)).as("%s on %s, deadline %d", agent, s.name(), k).isEqualTo(runs.get(0));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("agents")
    void endsWithinARealTimeDeadline(String agent) {
        // against an opponent that never concedes, the session runs to its deadline on the system clock
        var spec = new SessionSpec("t", SCENARIOS.get(1), List.of(agent, "hardliner"),
                Deadline.time(Duration.ofMillis(100)), 3, Duration.ofSeconds(1));
        long t0 = System.nanoTime();
        SessionResult r = Sessions.run(spec, BuiltInAgents.registry(), SessionOptions.defaults());
        long took = System.nanoTime() - t0;
        assertThat(r.ending()).as(r.reason()).isNotEqualTo(Ending.FORFEIT);
        assertThat(r.time()).isLessThanOrEqualTo(1.0);
        // the deadline plus at most one action's limit: no agent keeps the session past it
        assertThat(took).isLessThan(Duration.ofMillis(100).plusSeconds(1).toNanos());
    }
}
