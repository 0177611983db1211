package org.detente.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

import org.detente.rehearsal.agents.BuiltInAgents;

/**
 * The contract every built-in agent keeps, one nested suite per agent: it never breaks the protocol
 * (against several opponents, on two- and three-party scenarios), and with the same seed it plays
 * the same session.
 */
@Tag("slow")
class AgentContractTest {
    private static final AgentRegistry REGISTRY = BuiltInAgents.registry();
    private static final List<Scenario> SCENARIOS = List.of(Scenarios.armsControl(), Scenarios.randomScenario(5, 2, 4, 6),
            Scenarios.randomScenario(6, 3, 3, 5));

    private static List<String> reversed(List<String> l) {
        var r = new java.util.ArrayList<>(l);
        java.util.Collections.reverse(r);
        return r;
    }

    abstract static class Contract {
        abstract String agent();

        @Test
        void neverBreaksTheProtocol() {
            for (Scenario s : SCENARIOS) {
                for (String other : List.of("boulware", "conceder", "random", "tit-for-tat", "strategist", agent())) {
                    List<String> names = s.parties() == 2 ? List.of(agent(), other) : List.of(other, agent(), agent());
                    for (List<String> order : List.of(names, reversed(names))) {
                        var spec = new SessionSpec("c", s, order, Deadline.rounds(60), 42, Duration.ZERO);
                        var r = Sessions.run(spec, REGISTRY, SessionOptions.defaults());
                        assertThat(r.ending()).as("%s on %s: %s", order, s.name(), r.reason()).isNotEqualTo(Ending.FORFEIT);
                        for (int p = 0; p < s.parties(); p++) {
                            assertThat(r.utilities().get(p)).isBetween(-1e-9, 1.0002);
                        }
                    }
                }
            }
        }

        @Test
        void sameSeedSameSession() {
            Scenario s = SCENARIOS.get(0);
            var spec = new SessionSpec("d", s, List.of(agent(), "linear"), Deadline.rounds(100), 9, Duration.ZERO);
            var a = Sessions.run(spec, REGISTRY, SessionOptions.defaults().withTrace(true));
            var b = Sessions.run(spec, REGISTRY, SessionOptions.defaults().withTrace(true));
            assertThat(a).isEqualTo(b);
        }
    }

    @Nested
    class Boulware extends Contract {
        String agent() {
            return "boulware";
        }
    }

    @Nested
    class Linear extends Contract {
        String agent() {
            return "linear";
        }
    }

    @Nested
    class Conceder extends Contract {
        String agent() {
            return "conceder";
        }
    }

    @Nested
    class Hardliner extends Contract {
        String agent() {
            return "hardliner";
        }
    }

    @Nested
    class BoulwareFrequency extends Contract {
        String agent() {
            return "boulware-frequency";
        }
    }

    @Nested
    class TitForTat extends Contract {
        String agent() {
            return "tit-for-tat";
        }
    }

    @Nested
    class RandomAgent extends Contract {
        String agent() {
            return "random";
        }
    }

    @Nested
    class Improviser extends Contract {
        String agent() {
            return "improviser";
        }
    }

    @Nested
    class Strategist extends Contract {
        String agent() {
            return "strategist";
        }
    }

    @Nested
    class StrategistBayes extends Contract {
        String agent() {
            return "strategist-bayes";
        }
    }
}
