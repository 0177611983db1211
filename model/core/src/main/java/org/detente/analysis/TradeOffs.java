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
        List<Ranked> rows = new ArrayList<>();
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
                    Double[] gains = new Double[parties];
                    double toOthers = 0;
                    for (int p = 0; p < parties; p++) {
                        double g = contrib[p][v] - contrib[p][best];
                        gains[p] = g;
                        if (p != giver) {
                            toOthers += g;
                        }
                    }
                    if (!(toOthers > 1e-12)) {
                        continue;
                    }
                    double cost = contrib[giver][best] - contrib[giver][v];
                    double ratio = cost <= 1e-12 ? Double.POSITIVE_INFINITY : toOthers / cost;
                    rows.add(new Ranked(new TradeOff(giver, issue.name(), issue.label(best), issue.label(v),
                            Math.max(0, cost), List.of(gains), ratio), toOthers));
                }
            }
        }
        rows.sort(RANKING);
        TradeOff[] ranked = new TradeOff[rows.size()];
        for (int r = 0; r < ranked.length; r++) {
            ranked[r] = rows.get(r).row();
        }
        return List.of(ranked);
    }

    /** A row with its gain to the others, summed once rather than on every comparison. */
    private record Ranked(TradeOff row, double toOthers) {
    }

    private static final Comparator<Ranked> RANKING = (a, b) -> {
        int c = Double.compare(b.row().ratio(), a.row().ratio());
        if (c == 0) {
            c = Double.compare(b.toOthers(), a.toOthers());
        }
        return c != 0 ? c : Integer.compare(a.row().giver(), b.row().giver());
    };
}
