package org.detente.analysis;

import java.util.ArrayList;
import java.util.List;

import org.detente.model.HyperRectangleUtility;
import org.detente.model.Issue;

/**
 * Bounds for hyper-rectangle utility: the rectangles already satisfied plus every positive one
 * still open, over the normaliser, capped at 1. Sums are saved per depth, so undoing restores them
 * exactly (no drift over millions of nodes).
 */
final class RectangleBounds implements PartyBounds {
    private final HyperRectangleUtility f;
    private final AgreementSpace space;
    private final double[] utility;
    private final int[] boundCount;
    /** Per issue: rectangle index, and the closed interval, of every bound on that issue. */
    private final int[][] rectOf;
    private final double[][] lo;
    private final double[][] hi;
    private final int[] remaining;
    private final boolean[] alive;
    private final double[] satisfiedAt;
    private final double[] openAt;
    private final int[][] log;   // per depth: rectangles touched, encoded r*2 + (killed ? 1 : 0)
    private final int[] logSize;
    private int depth;

    RectangleBounds(HyperRectangleUtility f, AgreementSpace space) {
        this.f = f;
        this.space = space;
        int m = space.issues();
        int n = f.rectangles().size();
        utility = new double[n];
        boundCount = new int[n];
        List<List<double[]>> perIssue = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            perIssue.add(new ArrayList<>());
        }
        for (int r = 0; r < n; r++) {
            HyperRectangleUtility.Rectangle rect = f.rectangles().get(r);
            utility[r] = rect.utility();
            boundCount[r] = rect.bounds().size();
            for (HyperRectangleUtility.Bound b : rect.bounds()) {
                perIssue.get(b.issue()).add(new double[] {r, b.min(), b.max()});
            }
        }
        rectOf = new int[m][];
        lo = new double[m][];
        hi = new double[m][];
        for (int i = 0; i < m; i++) {
            List<double[]> list = perIssue.get(i);
            rectOf[i] = new int[list.size()];
            lo[i] = new double[list.size()];
            hi[i] = new double[list.size()];
            for (int k = 0; k < list.size(); k++) {
                rectOf[i][k] = (int) list.get(k)[0];
                lo[i][k] = list.get(k)[1];
                hi[i][k] = list.get(k)[2];
            }
        }
        remaining = new int[n];
        alive = new boolean[n];
        satisfiedAt = new double[m + 1];
        openAt = new double[m + 1];
        log = new int[m][];
        logSize = new int[m];
    }

    @Override
    public void prepare(int[] order) {
        double satisfied = 0;
        double open = 0;
        for (int r = 0; r < utility.length; r++) {
            remaining[r] = boundCount[r];
            alive[r] = true;
            if (boundCount[r] == 0) {
                satisfied += utility[r];
            } else if (utility[r] > 0) {
                open += utility[r];
            }
        }
        satisfiedAt[0] = satisfied;
        openAt[0] = open;
        for (int d = 0; d < order.length; d++) {
            log[d] = new int[rectOf[order[d]].length];
        }
        depth = 0;
    }

    @Override
    public boolean indistinguishable(int issue, int a, int b) {
        Issue is = space.domain().issue(issue);
        double x = is.numeric(a);
        double y = is.numeric(b);
        for (int k = 0; k < rectOf[issue].length; k++) {
            if ((x >= lo[issue][k] && x <= hi[issue][k]) != (y >= lo[issue][k] && y <= hi[issue][k])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void assign(int d, int issue, int value) {
        double x = space.domain().issue(issue).numeric(value);
        double satisfied = satisfiedAt[d];
        double open = openAt[d];
        int size = 0;
        for (int k = 0; k < rectOf[issue].length; k++) {
            int r = rectOf[issue][k];
            if (!alive[r]) {
                continue;
            }
            if (x >= lo[issue][k] && x <= hi[issue][k]) {
                if (--remaining[r] == 0) {
                    satisfied += utility[r];
                    if (utility[r] > 0) {
                        open -= utility[r];
                    }
                }
                log[d][size++] = r * 2;
            } else {
                alive[r] = false;
                if (utility[r] > 0) {
                    open -= utility[r];
                }
                log[d][size++] = r * 2 + 1;
            }
        }
        logSize[d] = size;
        satisfiedAt[d + 1] = satisfied;
        openAt[d + 1] = Math.max(0, open);
        depth = d + 1;
    }

    @Override
    public void undo(int d) {
        for (int k = logSize[d] - 1; k >= 0; k--) {
            int e = log[d][k];
            int r = e >> 1;
            if ((e & 1) == 1) {
                alive[r] = true;
            } else {
                remaining[r]++;
            }
        }
        depth = d;
    }

    @Override
    public double upper() {
        double u = (satisfiedAt[depth] + openAt[depth]) / f.maxUtility();
        return (u > 1 ? 1 : u) + MARGIN;
    }
}
