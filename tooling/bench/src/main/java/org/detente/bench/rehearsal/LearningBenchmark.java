package org.detente.bench.rehearsal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.detente.formats.casefile.CaseFiles;
import org.detente.formats.geniusweb.GeniusWebJson;
import org.detente.model.CounterpartProfile;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;
import org.detente.model.NegotiationRecord;
import org.detente.model.OutcomeSpace;
import org.detente.model.Party;
import org.detente.model.Preferences;
import org.detente.rehearsal.AgentRegistry;
import org.detente.rehearsal.Deadline;
import org.detente.rehearsal.Scenario;
import org.detente.rehearsal.SessionOptions;
import org.detente.rehearsal.SessionResult;
import org.detente.rehearsal.SessionSpec;
import org.detente.rehearsal.Sessions;
import org.detente.rehearsal.TracedOffer;
import org.detente.rehearsal.agents.BuiltInAgents;
import org.detente.rehearsal.boa.OpponentModel;
import org.detente.rehearsal.models.BayesianModel;
import org.detente.rehearsal.models.FrequencyModel;
import org.detente.track.Correlation;
import org.detente.track.TrackOptions;
import org.detente.track.Tracker;
import org.detente.track.Tracking;

/**
 * How well the estimators learn a counterpart from its offers (docs/track-benchmark.md): on sessions
 * between built-in agents over the 25 ANL 2023 scenarios, the Pearson correlation between the
 * estimated and the true utilities of the counterpart over all outcomes (a fixed random sample of
 * {@value #SAMPLE} when there are more), after 10 %, 25 %, 50 % and 100 % of its offers; and the
 * share of sessions whose counterpart's concession style {@code track} classifies right. The true
 * preferences are read by the benchmark only, to score.
 *
 * <pre>java -cp tooling/bench/target/benchmarks.jar org.detente.bench.rehearsal.LearningBenchmark [testdata [SEED_OFFSET]]</pre>
 */
public final class LearningBenchmark {
    static final int SAMPLE = 20_000;
    static final double[] FRACTIONS = {0.10, 0.25, 0.50, 1.00};
    static final List<String> STYLES = List.of("boulware", "linear", "conceder");
    static final String[] ESTIMATORS = {"track (ours)", "frequency", "Bayesian", "naive 1 − ours",
        "track and frequency averaged (not used)"};
    static final int ROUNDS = 200;

    private LearningBenchmark() {
    }

    /**
     * @param args the reference data directory (default: system property detente.testData, else testdata),
     *             then optionally a number added to every session's seed (default 0: the published table)
     */
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : System.getProperty("detente.testData", "testdata"), "anl2023");
        long offset = args.length > 1 ? Long.parseLong(args[1]) : 0;
        List<Path> dirs;
        try (Stream<Path> s = Files.list(root)) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        double[][] sum = new double[ESTIMATORS.length][FRACTIONS.length];
        int[] right = new int[STYLES.size()];
        int[] sessions = new int[STYLES.size()];
        int n = 0;
        long trackNanos = 0;
        int trackRuns = 0;
        AgentRegistry registry = BuiltInAgents.registry();
        for (Path dir : dirs) {
            String name = dir.getFileName().toString();
            NegotiationCase c = GeniusWebJson.readCase(dir.resolve(name + ".json"),
                    List.of(dir.resolve("profileA.json"), dir.resolve("profileB.json")));
            Scenario scenario = Scenario.prepare(c);
            for (int s = 0; s < STYLES.size(); s++) {
                String style = STYLES.get(s);
                long seed = 31L * n + s + offset;
                SessionResult r = Sessions.run(new SessionSpec(name + "-" + style, scenario, List.of("linear", style),
                        Deadline.rounds(ROUNDS), seed, Duration.ZERO), registry, SessionOptions.defaults().withTrace(true));
                List<TracedOffer> theirs = r.trace().stream().filter(t -> t.party() == 1).toList();
                if (theirs.size() < 3) {
                    continue;
                }
                double[][] corr = measure(c, r.trace(), seed);
                for (int e = 0; e < ESTIMATORS.length; e++) {
                    for (int f = 0; f < FRACTIONS.length; f++) {
                        sum[e][f] += corr[e][f];
                    }
                }
                n++;
                NegotiationRecord record = record(c, r.trace());
                long t0 = System.nanoTime();
                Tracking tracking = track(c, record, seed);
                trackNanos += System.nanoTime() - t0;
                trackRuns++;
                sessions[s]++;
                if (tracking.estimate().concession().map(x -> x.style().label().equals(style)).orElse(false)) {
                    right[s]++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d sessions (25 ANL 2023 scenarios × counterparts %s; we play linear; %d rounds; seed offset %d)%n%n",
                n, String.join(", ", STYLES), ROUNDS, offset);
        System.out.println("| estimator | 10 % | 25 % | 50 % | 100 % |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (int e = 0; e < ESTIMATORS.length; e++) {
            StringBuilder row = new StringBuilder("| " + ESTIMATORS[e] + " |");
            for (int f = 0; f < FRACTIONS.length; f++) {
                row.append(String.format(Locale.ROOT, " %.3f |", sum[e][f] / n));
            }
            System.out.println(row);
        }
        System.out.println();
        System.out.println("| counterpart | sessions | style classified right |");
        System.out.println("|---|---:|---:|");
        int all = 0;
        int good = 0;
        for (int s = 0; s < STYLES.size(); s++) {
            System.out.printf(Locale.ROOT, "| %s | %d | %.0f %% |%n", STYLES.get(s), sessions[s], 100.0 * right[s] / sessions[s]);
            all += sessions[s];
            good += right[s];
        }
        System.out.printf(Locale.ROOT, "| all | %d | %.0f %% |%n%n", all, 100.0 * good / all);
        System.out.printf(Locale.ROOT, "track: %.0f ms per session on average (update, plan excluded)%n",
                trackNanos / 1e6 / trackRuns);
        flagship(registry);
    }

    /** Times tracking a rehearsed record of 200 offers on the flagship (update only, the plan excluded). */
    static void flagship(AgentRegistry registry) throws Exception {
        NegotiationCase c = CaseFiles.read(Path.of("examples/arms-control.yaml"));
        SessionResult r = Sessions.run(new SessionSpec("flagship", Scenario.prepare(c), List.of("linear", "boulware"),
                Deadline.rounds(100), 1, Duration.ZERO), registry, SessionOptions.defaults().withTrace(true));
        NegotiationRecord record = record(c, r.trace());
        CounterpartProfile prior = c.preparation().profile(record.us(), record.counterpart()).orElseThrow();
        for (int k = 0; k < 3; k++) {
            long t0 = System.nanoTime();
            Tracker.track(c, record, prior, Optional.empty(), TrackOptions.of(1));
            System.out.printf(Locale.ROOT, "flagship, %d offers, with the profile as prior: %.0f ms%n",
                    record.offers().size(), (System.nanoTime() - t0) / 1e6);
        }
    }

    /** The correlations of every estimator (rows) after every fraction of the counterpart's offers (columns). */
    static double[][] measure(NegotiationCase c, List<TracedOffer> trace, long seed) {
        OutcomeSpace space = c.domain().outcomeSpace();
        long size = space.longSize();
        SplittableRandom pick = new SplittableRandom(seed);
        long[] outcomes = new long[(int) Math.min(size, SAMPLE)];
        for (int k = 0; k < outcomes.length; k++) {
            outcomes[k] = size <= SAMPLE ? k : pick.nextLong(size);
        }
        double[] truth = new double[outcomes.length];
        double[] naive = new double[outcomes.length];
        for (int k = 0; k < outcomes.length; k++) {
            int[] v = space.outcome(outcomes[k]).toArray();
            truth[k] = c.party(1).utility(v);
            naive[k] = 1 - c.party(0).utility(v);
        }
        List<TracedOffer> theirs = trace.stream().filter(t -> t.party() == 1).toList();
        double[][] out = new double[ESTIMATORS.length][FRACTIONS.length];
        for (int f = 0; f < FRACTIONS.length; f++) {
            int count = Math.max(1, (int) Math.round(FRACTIONS[f] * theirs.size()));
            List<TracedOffer> seen = theirs.subList(0, count);
            OpponentModel frequency = new FrequencyModel(space);
            OpponentModel bayes = new BayesianModel(space, 1000, new SplittableRandom(seed));
            for (TracedOffer t : seen) {
                frequency.observe(t.outcome(), t.time());
                bayes.observe(t.outcome(), t.time());
            }
            int cut = trace.indexOf(seen.get(seen.size() - 1)) + 1;
            LinearAdditiveUtility ours = Tracker.believed(c.domain(), record(c, trace.subList(0, cut)),
                    Tracker.uninformed(c.domain(), c.party(0).name(), c.party(1).name()), TrackOptions.of(seed));
            double[][] est = new double[ESTIMATORS.length][outcomes.length];
            for (int k = 0; k < outcomes.length; k++) {
                est[0][k] = ours.utility(space.outcome(outcomes[k]).toArray());
                est[1][k] = frequency.utility(outcomes[k]);
                est[2][k] = bayes.utility(outcomes[k]);
                est[3][k] = naive[k];
                // both on the scale where the best package scores about 1: track's (normalised), the frequency model's
                est[4][k] = est[0][k] + est[1][k];
            }
            for (int e = 0; e < ESTIMATORS.length; e++) {
                out[e][f] = Correlation.pearson(truth, est[e]);
            }
        }
        return out;
    }

    static NegotiationRecord record(NegotiationCase c, List<TracedOffer> trace) {
        OutcomeSpace space = c.domain().outcomeSpace();
        List<NegotiationRecord.Offer> offers = new ArrayList<>();
        for (TracedOffer t : trace) {
            offers.add(new NegotiationRecord.Offer(c.party(t.party()).name(), space.outcome(t.outcome()),
                    Optional.of(new NegotiationRecord.Round(t.round() + 1L)), ""));
        }
        return new NegotiationRecord(c.name(), c.party(0).name(), c.party(1).name(),
                Optional.of(new NegotiationRecord.Round(trace.isEmpty() ? ROUNDS : Math.max(ROUNDS, trace.get(trace.size() - 1).round() + 1))), offers);
    }

    /** Tracks as {@code detente track DOMAIN OUR_PROFILE} does: uninformed prior, no plan. */
    static Tracking track(NegotiationCase c, NegotiationRecord r, long seed) {
        CounterpartProfile prior = Tracker.uninformed(c.domain(), r.us(), r.counterpart());
        TrackOptions o = TrackOptions.of(seed);
        Party them = new Party(r.counterpart(), Preferences.of(Tracker.believed(c.domain(), r, prior, o)));
        NegotiationCase learned = new NegotiationCase(c.name(), "", c.domain(), List.of(c.party(0), them));
        return Tracker.track(learned, r, prior, Optional.empty(), o);
    }
}
