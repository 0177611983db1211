package org.detente.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.detente.model.Issue;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;

/**
 * The trade-off table: for every party and issue, what moving from the party's best value to each
 * other allowed value costs it and gives the others. Ranked "low cost to the giver, high value to
 * the receivers" (gain to the others per unit of cost, free moves first); only moves that give the
 * others something are listed. These are the logrolling candidates.
 */
final class TradeOffs {
    private TradeOffs() {
    }

    static List<TradeOff> of(NegotiationCase c, AgreementSpace space) {
        int parties = c.parties().size();
        List<LinearAdditiveUtility> fs = new ArrayList<>();
        for (int p = 0; p < parties; p++) {
            if (!(c.party(p).preferences().utility() instanceof LinearAdditiveUtility lin)) {
                return List.of();
            }
            fs.add(lin);
        }
        List<TradeOff> rows = new ArrayList<>();
        for (int giver = 0; giver < parties; giver++) {
            for (int i = 0; i < space.issues(); i++) {
                int[] allowed = space.allowed(i);
                if (allowed.length < 2) {
                    continue;
                }
                double[][] contrib = new double[parties][];
                for (int p = 0; p < parties; p++) {
                    contrib[p] = fs.get(p).contributions(i);
                }
                int best = allowed[0];
                for (int v : allowed) {
                    if (contrib[giver][v] > contrib[giver][best]) {
                        best = v;
                    }
                }
                Issue issue = c.domain().issue(i);
                for (int v : allowed) {
                    if (v == best) {
                        continue;
                    }
                    List<Double> gains = new ArrayList<>(parties);
                    double toOthers = 0;
                    for (int p = 0; p < parties; p++) {
                        double g = contrib[p][v] - contrib[p][best];
                        gains.add(g);
                        if (p != giver) {
                            toOthers += g;
                        }
                    }
                    if (!(toOthers > 1e-12)) {
                        continue;
                    }
                    double cost = contrib[giver][best] - contrib[giver][v];
                    double ratio = cost <= 1e-12 ? Double.POSITIVE_INFINITY : toOthers / cost;
                    rows.add(new TradeOff(giver, issue.name(), issue.label(best), issue.label(v),
                            Math.max(0, cost), gains, ratio));
                }
            }
        }
        rows.sort(Comparator.comparingDouble(TradeOff::ratio).reversed()
                .thenComparing(Comparator.comparingDouble(TradeOff::gainToOthers).reversed())
                .thenComparingInt(TradeOff::giver));
        return List.copyOf(rows);
    }
}
