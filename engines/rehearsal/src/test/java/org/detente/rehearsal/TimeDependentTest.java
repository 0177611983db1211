package org.detente.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.detente.rehearsal.agents.BuiltInAgents;
import org.detente.rehearsal.agents.TimeDependentBidding;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/** The time-dependent family follows GENIUS's curve; Boulware beats Conceder. */
class TimeDependentTest {

    @Property
    void curveShape(@ForAll @DoubleRange(min = 0.01, max = 10) double e, @ForAll @DoubleRange(min = 0, max = 1) double k,
                    @ForAll @DoubleRange(min = 0, max = 1) double t) {
        var b = new TimeDependentBidding(e, k, 1);
        assertThat(b.f(0)).isEqualTo(k);
        assertThat(b.f(1)).isEqualTo(1.0);
        assertThat(b.f(t)).isBetween(k - 1e-12, 1.0 + 1e-12);
        assertThat(b.f(Math.min(1, t + 0.01))).isGreaterThanOrEqualTo(b.f(t));
    }

    @Property
    void boulwareConcedesLaterThanLinearThanConceder(@ForAll @DoubleRange(min = 0.01, max = 0.99) double t) {
        double boulware = new TimeDependentBidding(0.2, 0, 1).f(t);
        double linear = new TimeDependentBidding(1, 0, 1).f(t);
        double conceder = new TimeDependentBidding(2, 0, 1).f(t);
        assertThat(boulware).isLessThan(linear);
        assertThat(linear).isLessThan(conceder);
        assertThat(new TimeDependentBidding(0, 0, 1).f(t)).isZero();
    }

    @Test
    void offersFollowTheirCurves() {
        Scenario s = Scenarios.energy();
        for (double e : new double[] {0.2, 1, 2, 0}) {
            var bidding = new TimeDependentBidding(e, 0, 1);
            List<double[]> seen = new ArrayList<>();
            Agent inner = BuiltInAgents.timeDependent(e).create(new AgentSetup(0, 2, s.table(0),
                    new java.util.SplittableRandom(1)));
            Agent recording = v -> {
                Action a = inner.act(v);
                if (a instanceof Offer o) {
                    seen.add(new double[] {v.time(), v.own().utility(o.outcome())});
                }
                return a;
            };
            Negotiation.run(s, List.of(recording, v -> new Offer(v.own().outcomeAt(0))), List.of("td", "hard"),
                    Deadline.rounds(200), SessionOptions.defaults());
            assertThat(seen).hasSizeGreaterThan(10);
            UtilityTable own = s.table(0);
            for (double[] p : seen) {
                double target = bidding.target(own, p[0]);
                // the nearest outcome to the target: no outcome lies strictly closer
                double gap = Math.abs(p[1] - target);
                int r = own.lastRankAtLeast(target);
                double above = r < 0 ? Double.POSITIVE_INFINITY : own.utilityAt(r) - target;
                double below = r + 1 < own.size() ? target - own.utilityAt(r + 1) : Double.POSITIVE_INFINITY;
                assertThat(gap).as("e=%s t=%s", e, p[0]).isLessThanOrEqualTo(Math.min(above, below) + 1e-12);
                assertThat(gap).isLessThan(0.01);
            }
        }
    }

    @Test
    void boulwareAgainstConcederLeavesTheBoulwareSideBetterOff() {
        AgentRegistry reg = BuiltInAgents.registry();
        for (Scenario s : List.of(Scenarios.armsControl(), Scenarios.energy(), Scenarios.anl("domain02"),
                Scenarios.randomScenario(8, 2, 4, 5))) {
            for (int seat = 0; seat < 2; seat++) {
                List<String> bc = seat == 0 ? List.of("boulware", "conceder") : List.of("conceder", "boulware");
                List<String> cb = seat == 0 ? List.of("conceder", "boulware") : List.of("boulware", "conceder");
                var asBoulware = Sessions.run(new SessionSpec("x", s, bc, Deadline.rounds(300), 1, Duration.ZERO), reg,
                        SessionOptions.defaults());
                var asConceder = Sessions.run(new SessionSpec("y", s, cb, Deadline.rounds(300), 1, Duration.ZERO), reg,
                        SessionOptions.defaults());
                assertThat(asBoulware.agreement()).isTrue();
                assertThat(asBoulware.utilities().get(seat)).as("%s seat %d", s.name(), seat)
                        .isGreaterThan(asConceder.utilities().get(seat));
                assertThat(asBoulware.utilities().get(seat)).isGreaterThan(asBoulware.utilities().get(1 - seat) - 0.2);
            }
        }
    }
}
