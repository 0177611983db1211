package org.detente.track;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.detente.analysis.RobustnessAnalysis.Estimate;
import org.detente.analysis.RobustnessAnalysis.Plan;
import org.detente.model.Belief;
import org.detente.model.CounterpartProfile;
import org.detente.model.Domain;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;
import org.detente.model.NegotiationRecord;
import org.detente.model.Party;
import org.detente.model.ValueFunction;
import org.detente.track.Tracking.CounterpartEstimate;
import org.detente.track.Tracking.IssueEstimate;
import org.detente.track.Tracking.Move;
import org.detente.track.Tracking.TrackedOffer;

/**
 * Learns the counterpart from its offers at the table and recommends our next offer.
 *
 * <pre>{@code
 * NegotiationRecord r = RecordFiles.read(file, RecordFiles.Scenario.of(c));
 * CounterpartProfile prior = Prepare.profile(c, r.us(), r.counterpart());
 * Plan plan = Prepare.prepare(c, r.us(), r.counterpart(), analysis, robustness).robustness()...plan();
 * Tracking t = Tracker.track(c, r, prior, Optional.of(plan), TrackOptions.of(42));
 * }</pre>
 *
 * <p>The update is Bayesian: hypotheses drawn from the prior (our profile of the counterpart, or
 * {@link #uninformed} when we know nothing) are weighed by the likelihood of its offers under a stated
 * model of how people offer ({@link TrackOptions#rationality()}). Same record, same options, same
 * result.
 */
public final class Tracker {
    /** Changes in utility smaller than this are no change, when classifying moves. */
    static final double EPSILON = 0.005;

    private Tracker() {
    }

    /**
     * A prior that knows nothing about the counterpart: every weight and every evaluation uniform on
     * [0, 1] (weights normalised), its reservation value uniform on [0, 1], no red lines.
     */
    public static CounterpartProfile uninformed(Domain domain, String us, String counterpart) {
        Map<Integer, Belief> weights = new HashMap<>();
        Map<Integer, Map<Integer, Belief>> evaluations = new HashMap<>();
        Belief unit = new Belief.Uniform(0, 1);
        for (int i = 0; i < domain.size(); i++) {
            weights.put(i, unit);
            Map<Integer, Belief> values = new HashMap<>();
            for (int v = 0; v < domain.issue(i).cardinality(); v++) {
                values.put(v, unit);
            }
            evaluations.put(i, values);
        }
        return new CounterpartProfile(us, counterpart, weights, evaluations, unit, Optional.empty(), List.of(), 1, "",
                "uninformed: every weight, evaluation and the reservation value uniform on [0, 1]");
    }

    /**
     * Tracks a record.
     *
     * @param c     the case: our preferences, and the counterpart's stated ones for whatever the prior
     *              does not cover (never read when the prior covers everything, as {@link #uninformed} does)
     * @param r     the record; its sides must be parties of the case
     * @param prior our beliefs about the counterpart before the talks (held by {@code r.us()})
     * @param plan  our plan, whose concession ladder the next offer is taken from; empty for no recommendation
     * @param o     hypotheses, seed, rationality
     * @throws IllegalArgumentException if a side is not in the case, the prior is about someone else,
     *                                  or the counterpart's stated preferences are not linear additive
     */
    public static Tracking track(NegotiationCase c, NegotiationRecord r, CounterpartProfile prior,
                                 Optional<Plan> plan, TrackOptions o) {
        Party us = c.party(c.partyIndex(r.us()));
        Party them = c.party(c.partyIndex(r.counterpart()));
        if (!prior.holder().equals(us.name()) || !prior.about().equals(them.name())) {
            throw new IllegalArgumentException("the prior is held by '" + prior.holder() + "' about '" + prior.about()
                    + "', not by '" + us.name() + "' about '" + them.name() + "'");
        }
        if (!(them.preferences().utility() instanceof LinearAdditiveUtility stated)) {
            throw new IllegalArgumentException("tracking needs linear additive preferences for '" + them.name() + "'");
        }
        Posterior post = new Posterior(c.domain(), stated, prior, o);
        post.observeAll(r);
        return track(c, r, prior, post, plan);
    }

    /**
     * Tracks a record with the posterior already learnt from it (from {@code prior}), as
     * {@link #track(NegotiationCase, NegotiationRecord, CounterpartProfile, Optional, TrackOptions)} does
     * once it has learnt it.
     */
    static Tracking track(NegotiationCase c, NegotiationRecord r, CounterpartProfile prior, Posterior post,
                          Optional<Plan> plan) {
        Party us = c.party(c.partyIndex(r.us()));
        Party them = c.party(c.partyIndex(r.counterpart()));
        Domain d = c.domain();
        double[] times = r.times();
        List<TrackedOffer> offers = new ArrayList<>();
        for (int k = 0; k < r.offers().size(); k++) {
            NegotiationRecord.Offer offer = r.offers().get(k);
            int[] v = offer.outcome().toArray();
            Estimate theirs = post.utility(v);
            Optional<Move> move = Optional.empty();
            for (int j = k - 1; j >= 0; j--) {
                if (offers.get(j).by().equals(offer.by())) {
                    move = Optional.of(move(offers.get(j), us.utility(v), theirs.mean(), offer.by().equals(us.name())));
                    break;
                }
            }
            offers.add(new TrackedOffer(offer.by(), offer.outcome(), times[k], us.utility(v), theirs, move));
        }
        CounterpartEstimate estimate = estimate(d, post, offers, them.name());
        Optional<Tracking.Next> next = plan.flatMap(p -> NextMove.recommend(c, us, r, p, post, estimate));
        List<String> warnings = Warnings.of(c, us, them, prior, post, offers, next);
        return new Tracking(offers, estimate, next, warnings, post.size(), post.effectiveSize(),
                asUtility(d, post.meanContributions(), false));
    }

    /**
     * The counterpart's utility as we believe it after its offers: the posterior mean, an additive
     * utility (weights summing to 1, each issue's best value at 1) — a stand-in for its preferences
     * when planning against it.
     *
     * @param domain      the issues
     * @param r           the record
     * @param prior       our beliefs before the talks; it must cover every weight and evaluation
     *                    (as {@link #uninformed} does), for the counterpart's own preferences are not known
     * @param o           hypotheses, seed, rationality
     * @throws IllegalArgumentException if the prior leaves a weight or an evaluation to the stated preferences
     */
    public static LinearAdditiveUtility believed(Domain domain, NegotiationRecord r, CounterpartProfile prior,
                                                 TrackOptions o) {
        return believed(domain, learn(domain, r, prior, o));
    }

    /** The counterpart's utility as {@code post} believes it, normalised (as the public {@code believed}). */
    static LinearAdditiveUtility believed(Domain domain, Posterior post) {
        return asUtility(domain, post.meanContributions(), true);
    }

    /**
     * The posterior given the record from a prior that covers every weight and evaluation; it is the
     * one {@link #track} learns from the same prior and options, whatever the counterpart's stated
     * preferences (never read).
     *
     * @throws IllegalArgumentException if the prior leaves a weight or an evaluation to the stated preferences
     */
    static Posterior learn(Domain domain, NegotiationRecord r, CounterpartProfile prior, TrackOptions o) {
        List<Double> flat = new ArrayList<>();
        List<ValueFunction> none = new ArrayList<>();
        for (int i = 0; i < domain.size(); i++) {
            int values = domain.issue(i).cardinality();
            if (!prior.weights().containsKey(i) || prior.evaluations().getOrDefault(i, Map.of()).size() < values) {
                throw new IllegalArgumentException("the prior leaves issue '" + domain.issue(i).name()
                        + "' to the counterpart's stated preferences, which are not known");
            }
            // never read: the prior covers every weight and evaluation
            flat.add(1.0 / domain.size());
            none.add(new ValueFunction.Table(java.util.Collections.nCopies(values, 0.0)));
        }
        Posterior post = new Posterior(domain, new LinearAdditiveUtility(domain, flat, none), prior, o);
        post.observeAll(r);
        return post;
    }

    /**
     * Mean contributions {@code E[w·e]} of every value as an additive utility: each issue's weight its
     * largest mean contribution (over their sum, when normalised), its values' evaluations their
     * contributions over it. Not normalised, the utility of a package is its posterior mean.
     */
    static LinearAdditiveUtility asUtility(Domain domain, double[][] c, boolean normalised) {
        double total = 0;
        double[] top = new double[c.length];
        for (int i = 0; i < c.length; i++) {
            for (double x : c[i]) {
                top[i] = Math.max(top[i], x);
            }
            total += top[i];
        }
        List<Double> weights = new ArrayList<>();
        List<ValueFunction> functions = new ArrayList<>();
        for (int i = 0; i < c.length; i++) {
            weights.add(!normalised ? top[i] : total > 0 ? top[i] / total : 1.0 / c.length);
            List<Double> table = new ArrayList<>();
            for (double x : c[i]) {
                table.add(top[i] > 0 ? x / top[i] : 0);
            }
            functions.add(new ValueFunction.Table(table));
        }
        return new LinearAdditiveUtility(domain, weights, functions);
    }

    /** The class of a move from {@code before} to a package worth {@code ours} to us and {@code theirs} to them. */
    static Move move(TrackedOffer before, double ours, double theirs, boolean byUs) {
        double dOurs = ours - before.ourUtility();
        double dTheirs = theirs - before.theirUtility().mean();
        return classify(byUs ? dOurs : dTheirs, byUs ? dTheirs : dOurs);
    }

    /**
     * Hindriks–Jonker–Tykhonov: a move by its change to the mover's own utility and to the other side's.
     */
    static Move classify(double self, double other) {
        boolean selfSame = Math.abs(self) <= EPSILON;
        boolean otherSame = Math.abs(other) <= EPSILON;
        if (selfSame) {
            return otherSame ? Move.SILENT : other > 0 ? Move.NICE : Move.UNFORTUNATE;
        }
        if (self < 0) {
            return other < -EPSILON ? Move.UNFORTUNATE : Move.CONCESSION;
        }
        return other > EPSILON ? Move.FORTUNATE : Move.SELFISH;
    }

    private static CounterpartEstimate estimate(Domain d, Posterior post, List<TrackedOffer> offers, String them) {
        List<IssueEstimate> issues = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            List<Double> values = new ArrayList<>();
            for (int v = 0; v < d.issue(i).cardinality(); v++) {
                values.add(post.evaluation(i, v));
            }
            issues.add(new IssueEstimate(post.weight(i), post.priorWeight(i), values));
        }
        List<TrackedOffer> theirs = offers.stream().filter(x -> x.by().equals(them)).toList();
        double[] t = new double[theirs.size()];
        double[] u = new double[theirs.size()];
        for (int k = 0; k < t.length; k++) {
            t[k] = theirs.get(k).time();
            u[k] = theirs.get(k).theirUtility().mean();
        }
        Estimate reservation = post.reservation();
        return new CounterpartEstimate(issues, reservation, ConcessionFit.fit(t, u));
    }
}
