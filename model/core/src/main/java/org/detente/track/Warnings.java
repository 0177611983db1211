package org.detente.track;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.detente.analysis.RobustnessAnalysis.Estimate;
import org.detente.model.CounterpartProfile;
import org.detente.model.Domain;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;
import org.detente.model.Party;
import org.detente.model.RedLine;
import org.detente.track.Tracking.Next;
import org.detente.track.Tracking.TrackedOffer;

/** What looks wrong in a record: moves back, concessions taken back, beliefs the offers contradict. */
final class Warnings {
    private Warnings() {
    }

    static List<String> of(NegotiationCase c, Party us, Party them, CounterpartProfile prior, Posterior post,
                           List<TrackedOffer> offers, Optional<Next> next) {
        Domain d = c.domain();
        List<String> out = new ArrayList<>();
        LinearAdditiveUtility own = us.preferences().utility() instanceof LinearAdditiveUtility l ? l : null;
        int lastOurs = -1;
        for (int k = 0; k < offers.size(); k++) {
            TrackedOffer o = offers.get(k);
            int prev = previous(offers, k);
            boolean byThem = o.by().equals(them.name());
            if (byThem) {
                for (RedLine line : prior.redLines()) {
                    if (!line.allows(d.issue(line.issue()), o.outcome().value(line.issue()))) {
                        out.add(String.format(Locale.ROOT, "%s's offer %d crosses the red line we believe it holds on %s:"
                                + " the red line is posture, or the belief is wrong.", them.name(), k + 1,
                                d.issue(line.issue()).name()));
                    }
                }
            } else {
                lastOurs = k;
            }
            if (own != null && prev >= 0 && byThem && o.ourUtility() < offers.get(prev).ourUtility() - Tracker.EPSILON) {
                String back = issues(d, own, offers.get(prev).outcome().toArray(), o.outcome().toArray(), -1);
                out.add(String.format(Locale.ROOT, "%s moved back in offer %d: %s.", them.name(), k + 1, back));
            }
        }
        if (own != null && lastOurs >= 0 && previous(offers, lastOurs) >= 0) {
            int[] before = offers.get(previous(offers, lastOurs)).outcome().toArray();
            String back = issues(d, own, before, offers.get(lastOurs).outcome().toArray(), +1);
            if (!back.isEmpty()) {
                out.add("Our last offer (" + (lastOurs + 1) + ") took a concession back: " + back + ".");
            }
        }
        prior(d, prior, post, out);
        if (!offers.isEmpty() && next.isPresent()) {
            TrackedOffer lastTheirs = null;
            for (TrackedOffer o : offers) {
                if (o.by().equals(them.name())) {
                    lastTheirs = o;
                }
            }
            if (lastTheirs != null && lastTheirs.ourUtility() >= next.get().ourUtility() - 1e-12
                    && us.preferences().allows(lastTheirs.outcome().toArray())
                    && lastTheirs.ourUtility() >= us.preferences().reservationValue()) {
                out.add(String.format(Locale.ROOT, "Their last offer is worth %.3f to us, no less than our next step"
                        + " (%.3f): consider accepting it.", lastTheirs.ourUtility(), next.get().ourUtility()));
            }
        }
        return out;
    }

    /** Beliefs the offers contradict: the weights and the reservation value the posterior puts outside the prior's 90 % interval. */
    private static void prior(Domain d, CounterpartProfile prior, Posterior post, List<String> out) {
        if (post.observed() == 0) {
            return;
        }
        for (int i : prior.weights().keySet().stream().sorted().toList()) {
            Estimate now = post.weight(i);
            Estimate before = post.priorWeight(i);
            if (now.mean() < before.low() || now.mean() > before.high()) {
                out.add(String.format(Locale.ROOT, "Their offers contradict the belief about the weight of %s (%s):"
                                + " they put it near %.2f, outside the 90 %% interval [%.2f, %.2f] the profile allows.",
                        d.issue(i).name(), prior.weights().get(i).describe(), now.mean(), before.low(), before.high()));
            }
        }
        Estimate r = post.reservation();
        Estimate before = post.priorReservation();
        if (prior.reservation().uncertain() && (r.mean() < before.low() || r.mean() > before.high())) {
            out.add(String.format(Locale.ROOT, "Their offers contradict the belief about their reservation value (%s):"
                    + " they put it near %.2f.", prior.reservation().describe(), r.mean()));
        }
    }

    /** Issues on which {@code to} is worse ({@code sign} −1) or better (+1) for us than {@code from}, in words. */
    private static String issues(Domain d, LinearAdditiveUtility own, int[] from, int[] to, int sign) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < from.length; i++) {
            double delta = own.weight(i) * (own.evaluation(i, to[i]) - own.evaluation(i, from[i]));
            if (sign * delta > 1e-12) {
                parts.add(d.issue(i).name() + " " + d.issue(i).label(from[i]) + " → " + d.issue(i).label(to[i]));
            }
        }
        return String.join("; ", parts);
    }

    private static int previous(List<TrackedOffer> offers, int k) {
        for (int j = k - 1; j >= 0; j--) {
            if (offers.get(j).by().equals(offers.get(k).by())) {
                return j;
            }
        }
        return -1;
    }
}
