package org.detente.rehearsal.plan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

import org.detente.analysis.CounterpartSampler;
import org.detente.analysis.Prepare;
import org.detente.analysis.RobustnessAnalysis;
import org.detente.analysis.Viability;
import org.detente.model.ConcessionStyle;
import org.detente.model.CounterpartProfile;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;
import org.detente.model.OutcomeSpace;
import org.detente.model.Preferences;
import org.detente.rehearsal.AgentRegistry;
import org.detente.rehearsal.Deadline;
import org.detente.rehearsal.Scenario;
import org.detente.rehearsal.Seeds;
import org.detente.rehearsal.SessionOptions;
import org.detente.rehearsal.SessionResult;
import org.detente.rehearsal.SessionSpec;
import org.detente.rehearsal.Sessions;
import org.detente.rehearsal.TracedOffer;
import org.detente.rehearsal.agents.BuiltInAgents;

/**
 * Rehearses a plan against counterparts sampled from our profile of them.
 *
 * <p>Counterpart i has the preferences of the robustness analysis's sample i (same seed): weights
 * and evaluations drawn from the belief ranges, its reservation value from its range, its believed
 * red lines real with probability the profile's credibility (then, as every party's red lines do
 * in a session, they bind it: it never offers nor accepts a package across them). It concedes as the profile's concession style says: GENIUS's time-dependent
 * tactic with that exponent (linear, e = 1, when the profile states none), accepting an offer at
 * least as good as its next one. Our side is played by the plan ({@link PlanAgent}) and, against the
 * very same counterparts, by the Strategist. In a case of more than two parties the others play the
 * linear time-dependent tactic with their stated preferences.
 *
 * <p>The style also picks one of the classic ANAC agents ({@link #classicFor(double)}), and our first
 * agent (the plan, or the Strategist when no candidate is viable) meets it too, on the very same
 * sampled preferences: a check of the plan against a counterpart that reasons rather than follows a
 * curve.
 *
 * <p>Session i's agents draw from a seed derived from the seed and the session's id, and results are
 * kept by index, so the figures do not depend on the number of threads.
 */
public final class Rehearsal {
    /** Name of our plan-following agent in results. */
    public static final String PLAN = "plan";
    /** Name of the Strategist in results. */
    public static final String STRATEGIST = "strategist";
    private static final String COUNTERPART = "profiled-counterpart";
    /** Exponents below this count as Boulware, up to {@link #LINEAR_BELOW} as linear (geometric midpoints of 0.2, 1 and 2). */
    private static final double BOULWARE_BELOW = Math.sqrt(0.2);
    private static final double LINEAR_BELOW = Math.sqrt(2);

    private Rehearsal() {
    }

    /**
     * Runs the rehearsal.
     *
     * @param c        the case
     * @param r        the robustness analysis of {@code r.us()} facing {@code r.counterpart()} (its plan is played)
     * @param o        sessions, rounds, seed, threads
     * @param progress called once per finished session (from worker threads), or null
     * @return the figures
     * @throws IllegalArgumentException if the counterpart is not linear additive or the space is not
     *                                  enumerable within {@link Scenario#DEFAULT_MAX_OUTCOMES}
     */
    public static RehearsalReport run(NegotiationCase c, RobustnessAnalysis r, RehearsalOptions o, Runnable progress) {
        int us = c.partyIndex(r.us());
        int them = c.partyIndex(r.counterpart());
        CounterpartProfile profile = Prepare.profile(c, r.us(), r.counterpart());
        Preferences stated = c.party(them).preferences();
        if (!(stated.utility() instanceof LinearAdditiveUtility lin)) {
            throw new IllegalArgumentException("rehearsal against a profile needs linear additive preferences for '"
                    + r.counterpart() + "'");
        }
        CounterpartSampler sampler = new CounterpartSampler(c.domain(), lin, profile);
        Scenario base = Scenario.prepare(c);
        OutcomeSpace space = c.domain().outcomeSpace();
        Optional<PlanLadder> ladder = r.plan().map(p -> PlanLadder.of(r, space));
        BitSet viable = viable(c, r.us(), r.counterpart(), space);
        double e = profile.concession().map(ConcessionStyle::exponent).orElse(1.0);
        String style = profile.concession().map(s -> s.name() + " (e = " + s.exponent() + ")")
                .orElse("linear (e = 1): the profile states no concession style");
        AgentRegistry registry = BuiltInAgents.registry().with(COUNTERPART, BuiltInAgents.timeDependent(e));
        if (ladder.isPresent()) {
            PlanLadder l = ladder.get();
            registry = registry.with(PLAN, s -> new PlanAgent(l, viable));
        }
        List<String> ours = ladder.isPresent() ? List.of(PLAN, STRATEGIST) : List.of(STRATEGIST);
        String classic = classicFor(e);
        AgentRegistry reg = registry;
        List<Sample> samples = parallel(o.threads(), o.sessions(),
                i -> sample(c, base, sampler, stated, reg, ours, classic, us, them, i, o, viable, progress));
        List<RehearsalReport.Run> runs = new ArrayList<>();
        for (int a = 0; a < ours.size(); a++) {
            List<RehearsedSession> sessions = new ArrayList<>();
            ConcessionCurves.Sums sums = new ConcessionCurves.Sums();
            for (Sample s : samples) {
                sessions.add(s.sessions.get(a));
                sums.add(s.curves.get(a));
            }
            runs.add(new RehearsalReport.Run(ours.get(a), sessions, sums.curves()));
        }
        List<RehearsedSession> classicSessions = new ArrayList<>();
        ConcessionCurves.Sums classicSums = new ConcessionCurves.Sums();
        for (Sample s : samples) {
            classicSessions.add(s.sessions.get(ours.size()));
            classicSums.add(s.curves.get(ours.size()));
        }
        var classicRun = new RehearsalReport.Classic(classic,
                new RehearsalReport.Run(ours.get(0), classicSessions, classicSums.curves()));
        String others = c.parties().size() > 2
                ? "the other parties play the linear time-dependent tactic with their stated preferences" : "";
        return new RehearsalReport(r.us(), r.counterpart(), style, e, o, ladder, runs, others, classicRun);
    }

    /** How many sessions {@link #run} plays with these options, each reported once to its progress callback. */
    public static int sessions(RobustnessAnalysis r, RehearsalOptions o) {
        // the plan (when a candidate is viable) and the Strategist, then the first of them against the classic agent
        return o.sessions() * ((r.plan().isPresent() ? 2 : 1) + 1);
    }

    /**
     * The classic ANAC agent that plays a concession style of exponent {@code e}: a hardliner (e = 0)
     * is played by {@code cuhkagent}, which holds its best until its last turns in an undiscounted case;
     * Boulware (e below √0.2 ≈ 0.45, as 0.2) by {@code agentk}, which stays tough while the other side
     * concedes and lowers its target by what it expects still to gain (not {@code hardheaded}: it walks
     * down its own ranking one package at a time, so on a space of hundreds of thousands of packages it
     * reaches no agreement at all in a rehearsal's hundreds of rounds — a fact about the space, not the
     * style); linear
     * (below √2 ≈ 1.41, as 1) by {@code atlas3}, whose threshold falls linearly toward the least it
     * expects; a conceder (as 2) by {@code nice-tit-for-tat}, which concedes as much as it is conceded
     * to, toward the Nash point.
     */
    public static String classicFor(double e) {
        if (e == 0) {
            return "cuhkagent";
        }
        if (e < BOULWARE_BELOW) {
            return "agentk";
        }
        return e < LINEAR_BELOW ? "atlas3" : "nice-tit-for-tat";
    }

    private record Sample(List<RehearsedSession> sessions, List<ConcessionCurves.Sums> curves) {
    }

    private static Sample sample(NegotiationCase c, Scenario base, CounterpartSampler sampler, Preferences stated,
                                 AgentRegistry registry, List<String> ours, String classic, int us, int them, int i,
                                 RehearsalOptions o, BitSet viable, Runnable progress) {
        CounterpartSampler.Sample s = sampler.draw(o.seed(), i);
        Preferences p = new Preferences(s.utility(), s.reservation(), stated.discountFactor(),
                s.redLinesReal() ? sampler.profile().redLines() : List.of());
        Scenario scenario = base.withPreferences(base.name() + " / sample " + i, them, p, Scenario.DEFAULT_MAX_OUTCOMES);
        List<RehearsedSession> sessions = new ArrayList<>();
        List<ConcessionCurves.Sums> curves = new ArrayList<>();
        for (int a = 0; a <= ours.size(); a++) {
            String agent = ours.get(a == ours.size() ? 0 : a);
            String counterpart = a == ours.size() ? classic : COUNTERPART;
            List<String> names = new ArrayList<>();
            for (int k = 0; k < c.parties().size(); k++) {
                names.add(k == us ? agent : k == them ? counterpart : "linear");
            }
            String id = "rehearsal/" + agent + (a == ours.size() ? "-vs-" + classic : "") + "/" + i;
            SessionSpec spec = new SessionSpec(id, scenario, names, Deadline.rounds(o.rounds()), Seeds.session(o.seed(), id),
                    Duration.ZERO);
            SessionResult res = Sessions.run(spec, registry, SessionOptions.defaults().withTrace(true));
            ConcessionCurves.Sums sums = new ConcessionCurves.Sums();
            for (TracedOffer t : res.trace()) {
                if (t.party() == us || t.party() == them) {
                    // an offer across the counterpart's red line (where they are real) is worth nothing to it
                    double theirs = scenario.table(them).permits(t.outcome()) ? t.utilities().get(them) : 0;
                    sums.offer(t.party() == us, t.time(), t.utilities().get(us), theirs);
                }
            }
            sessions.add(new RehearsedSession(i, res.agreement(), res.agreement() && viable.get((int) res.outcomeIndex()),
                    res.utilities().get(us), res.utilities().get(them), res.rounds(), res.ending(), res.paretoDistance()));
            curves.add(sums);
            if (progress != null) {
                progress.run();
            }
        }
        return new Sample(sessions, curves);
    }

    /** The viable packages, by outcome index. */
    static BitSet viable(NegotiationCase c, String us, String counterpart, OutcomeSpace space) {
        Viability v = new Viability(c, us, counterpart);
        int n = (int) space.longSize();
        BitSet out = new BitSet(n);
        int[] values = new int[c.domain().size()];
        for (int k = 0; k < n; k++) {
            space.decode(k, values);
            if (v.viable(values)) {
                out.set(k);
            }
        }
        return out;
    }

    /** Runs {@code f} for every index in [0, n) on {@code threads} workers; results in index order. */
    static <T> List<T> parallel(int threads, int n, java.util.function.IntFunction<T> f) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> IntStream.range(0, n).parallel().mapToObj(f).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the rehearsal was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("the rehearsal failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }
}
