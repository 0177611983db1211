package org.detente.analysis;

import org.detente.model.LinearAdditiveUtility;

/** Bounds for linear additive utility: the partial sum plus the best contribution of each open issue. */
final class AdditiveBounds implements PartyBounds {
    private final double[][] contributions;
    private final AgreementSpace space;
    private double[] suffix;
    private double[] partial;
    private int depth;

    AdditiveBounds(LinearAdditiveUtility f, AgreementSpace space) {
        this.space = space;
        contributions = new double[space.issues()][];
        for (int i = 0; i < contributions.length; i++) {
            contributions[i] = f.contributions(i);
        }
    }

    @Override
    public void prepare(int[] order) {
        int m = order.length;
        suffix = new double[m + 1];
        for (int d = m - 1; d >= 0; d--) {
            double best = Double.NEGATIVE_INFINITY;
            for (int v : space.allowed(order[d])) {
                best = Math.max(best, contributions[order[d]][v]);
            }
            suffix[d] = suffix[d + 1] + best;
        }
        partial = new double[m + 1];
        depth = 0;
    }

    @Override
    public boolean indistinguishable(int issue, int a, int b) {
        return contributions[issue][a] == contributions[issue][b];
    }

    @Override
    public void assign(int d, int issue, int value) {
        partial[d + 1] = partial[d] + contributions[issue][value];
        depth = d + 1;
    }

    @Override
    public void undo(int d) {
        depth = d;
    }

    @Override
    public double upper() {
        return partial[depth] + suffix[depth] + MARGIN;
    }
}
