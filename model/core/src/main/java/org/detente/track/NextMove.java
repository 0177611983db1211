package org.detente.track;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.detente.analysis.RobustnessAnalysis.Change;
import org.detente.analysis.RobustnessAnalysis.Plan;
import org.detente.analysis.RobustnessAnalysis.Step;
import org.detente.model.Domain;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;
import org.detente.model.NegotiationRecord;
import org.detente.model.Outcome;
import org.detente.model.Party;
import org.detente.track.Tracking.CounterpartEstimate;
import org.detente.track.Tracking.Next;

/**
 * The next offer, from the plan's concession ladder: before our first offer, the opening; then our
 * last offer with the concessions of the first ladder step that concedes more than it did (on each
 * issue, whichever value is worth less to us: nothing conceded is taken back), as long as it crosses
 * none of our red lines and stays above our reservation value; when no step is left, our last offer again.
 */
final class NextMove {
    private NextMove() {
    }

    static Optional<Next> recommend(NegotiationCase c, Party us, NegotiationRecord r, Plan plan, Posterior post,
                                    CounterpartEstimate estimate) {
        if (!(us.preferences().utility() instanceof LinearAdditiveUtility own) || plan.ladder().isEmpty()) {
            return Optional.empty();
        }
        Domain d = c.domain();
        List<NegotiationRecord.Offer> ours = r.offers().stream().filter(o -> o.by().equals(us.name())).toList();
        List<Step> ladder = plan.ladder();
        if (ours.isEmpty()) {
            int[] v = ladder.get(0).result().candidate().outcome().toArray();
            double p = post.pAccept(v);
            return Optional.of(new Next(ladder.get(0).result().candidate().outcome(), us.utility(v), p,
                    String.format(Locale.ROOT, "Open with the plan's opening: nothing conceded yet; P(accept) %.2f"
                            + " under what %s", p, post.observed() == 0 ? "we believed before the talks."
                            : "their " + post.observed() + " offer(s) revealed.")));
        }
        int[] last = ours.get(ours.size() - 1).outcome().toArray();
        double lastUtility = us.utility(last);
        for (int k = 0; k < ladder.size(); k++) {
            int[] v = merge(own, last, ladder.get(k).result().candidate().outcome().toArray());
            double u = us.utility(v);
            if (u < lastUtility - 1e-12 && us.preferences().allows(v) && u >= us.preferences().reservationValue()) {
                return Optional.of(new Next(new Outcome(v), u, post.pAccept(v),
                        why(d, last, v, k, ladder.size(), own, post, estimate)));
            }
        }
        double p = post.pAccept(last);
        return Optional.of(new Next(ours.get(ours.size() - 1).outcome(), lastUtility, p, String.format(Locale.ROOT,
                "Hold at our last offer: every further step of the ladder would take back a concession already made"
                        + " or go below the last offer of the plan; P(accept) %.2f.", p)));
    }

    /**
     * Our last offer with a ladder step's concessions made on it: on each issue, whichever of the two
     * values is worth less to us. What one of them conceded stays conceded.
     */
    static int[] merge(LinearAdditiveUtility own, int[] last, int[] step) {
        int[] v = last.clone();
        for (int i = 0; i < v.length; i++) {
            if (own.evaluation(i, step[i]) < own.evaluation(i, last[i])) {
                v[i] = step[i];
            }
        }
        return v;
    }

    private static String why(Domain d, int[] last, int[] v, int k, int steps, LinearAdditiveUtility own,
                              Posterior post, CounterpartEstimate estimate) {
        List<Change> changes = new java.util.ArrayList<>();
        int focus = -1;
        for (int i = 0; i < v.length; i++) {
            if (v[i] != last[i]) {
                changes.add(new Change(i, last[i], v[i]));
                if (focus < 0 || estimate.issues().get(i).weight().mean() > estimate.issues().get(focus).weight().mean()) {
                    focus = i;
                }
            }
        }
        var issue = estimate.issues().get(focus);
        double cost = 0;
        for (Change ch : changes) {
            cost += own.weight(ch.issue()) * (own.evaluation(ch.issue(), ch.from()) - own.evaluation(ch.issue(), ch.to()));
        }
        return String.format(Locale.ROOT, "Concede %s (the concessions of ladder step %d of %d, costing us %.3f): their %d offer(s) put"
                        + " weight %.2f on %s (%.2f before the talks), so it buys the most from them; P(accept) %.2f → %.2f.",
                Change.describe(d, changes), k + 1, steps, cost, post.observed(), issue.weight().mean(),
                d.issue(focus).name(), issue.prior().mean(), post.pAccept(last), post.pAccept(v));
    }
}
