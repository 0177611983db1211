package org.detente.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;

import org.detente.rehearsal.agents.BuiltInAgents;
import org.detente.rehearsal.boa.OpponentModel;
import org.detente.rehearsal.models.BayesianModel;
import org.detente.rehearsal.models.FrequencyModel;
import org.detente.rehearsal.models.PerfectModel;
import org.junit.jupiter.api.Test;

/** The opponent models learn what they should; the oracle is the yardstick. */
class ModelsTest {
    private static final Scenario S = Scenarios.randomScenario(21, 2, 4, 6);

    /** The offers a Boulware opponent (party 1) makes over a session against a hardliner. */
    private static List<TracedOffer> opponentOffers() {
        Agent td = BuiltInAgents.timeDependent(1).create(new AgentSetup(1, 2, S.table(1), new SplittableRandom(1)));
        var r = Negotiation.run(S, List.of(v -> new Offer(v.own().outcomeAt(0)), td), List.of("h", "td"),
                Deadline.rounds(100), SessionOptions.defaults().withTrace(true));
        return r.trace().stream().filter(t -> t.party() == 1).toList();
    }

    private static double correlation(OpponentModel m) {
        int n = S.table(1).size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int o = 0; o < n; o++) {
            x[o] = m.utility(o);
            y[o] = S.table(1).utility(o);
        }
        return org.detente.track.Correlation.pearson(x, y);
    }

    @Test
    void frequencyAndBayesianModelsLearnTheOpponent() {
        var freq = new FrequencyModel(S.table(0).space());
        var bayes = new BayesianModel(S.table(0).space(), 200, new SplittableRandom(3));
        for (TracedOffer t : opponentOffers()) {
            freq.observe(t.outcome(), t.time());
            bayes.observe(t.outcome(), t.time());
        }
        assertThat(correlation(freq)).isGreaterThan(0.3);
        assertThat(correlation(bayes)).isGreaterThan(0.3);
        assertThat(correlation(new PerfectModel(S.table(1)))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void frequencyModelWeighsTheIssuesTheOpponentNeverMoves() {
        var freq = new FrequencyModel(S.table(0).space());
        int[] v = {2, 0, 0, 0};
        for (int k = 0; k < 20; k++) {
            v[1] = k % 6;
            v[2] = (k * 5) % 6;
            v[3] = (k * 7) % 6;
            freq.observe(S.table(0).space().encode(v), k / 20.0);
        }
        assertThat(freq.weight(0)).isGreaterThan(freq.weight(1)).isGreaterThan(0.4);
    }
}
