package org.detente.conflict.stability;

/**
 * Limited-move stability L(h) (Kilgour, Hipel, Fang): the focal decision maker i looks h moves
 * ahead, moves alternating between i and its opponents, each mover choosing by anticipation.
 *
 * <p>G_i(k, r) is the state that results when i is to move at k with r moves left; G_o(k, r) when
 * the opponents are. G(k, 0) = k. At i's turn, i considers each unilateral move k1 and its anticipated
 * result G_o(k1, r−1); it moves only if that result is strictly better for i than k, to the best such
 * result (ties: the lowest state number). At the opponents' turn, each opponent j considers its moves
 * k1 with result G_i(k1, r−1), moves only if strictly better for j than k, to its best (ties: the
 * worst for i, then the lowest number); if several opponents would move, the one whose result is
 * worst for i is assumed (a cautious focal DM). With two decision makers this is the textbook L(h);
 * with more, the opponents take one move per turn and need not alternate among themselves. s is L(h)
 * stable for i iff G_i(s, h) = s. L(1) is Nash stability.
 */
final class LimitedMove {
    private LimitedMove() {
    }

    /** Per state index, whether it is L(h) stable for {@code dm}. */
    static boolean[] stable(StateSpace space, int dm, int horizon) {
        int m = space.size();
        int n = space.decisionMakers();
        int[] li = space.levels(dm);
        StateSpace.Moves moves = space.moves();
        int[] gi = new int[m];
        int[] go = new int[m];
        for (int s = 0; s < m; s++) {
            gi[s] = s;
            go[s] = s;
        }
        for (int r = 1; r <= horizon; r++) {
            int[] ni = new int[m];
            int[] no = new int[m];
            for (int k = 0; k < m; k++) {
                // focal DM's turn, anticipating the opponents' turn
                int best = k;
                for (int t = moves.from(dm, k).next(); t >= 0; t = moves.next()) {
                    int o = go[t];
                    if (li[o] > li[k] && (best == k || li[o] > li[best] || (li[o] == li[best] && o < best))) {
                        best = o;
                    }
                }
                ni[k] = best;
                // opponents' turn, anticipating the focal DM's turn
                int worst = k;
                for (int j = 0; j < n; j++) {
                    if (j == dm) {
                        continue;
                    }
                    int[] lj = space.levels(j);
                    int choice = -1;
                    for (int t = moves.from(j, k).next(); t >= 0; t = moves.next()) {
                        int o = gi[t];
                        if (lj[o] <= lj[k]) {
                            continue;
                        }
                        if (choice < 0 || lj[o] > lj[choice] || (lj[o] == lj[choice]
                                && (li[o] < li[choice] || (li[o] == li[choice] && o < choice)))) {
                            choice = o;
                        }
                    }
                    if (choice >= 0 && (worst == k || li[choice] < li[worst]
                            || (li[choice] == li[worst] && choice < worst))) {
                        worst = choice;
                    }
                }
                no[k] = worst;
            }
            gi = ni;
            go = no;
        }
        boolean[] out = new boolean[m];
        for (int s = 0; s < m; s++) {
            out[s] = gi[s] == s;
        }
        return out;
    }
}
