package org.detente.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import org.detente.model.Belief;
import org.detente.model.CounterpartProfile;
import org.detente.model.Domain;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;
import org.detente.model.Outcome;
import org.detente.model.RedLine;
import org.detente.analysis.RobustnessAnalysis.Candidate;
import org.detente.analysis.RobustnessAnalysis.Result;
import org.detente.testcases.RandomCases;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The Monte Carlo on random cases and random profiles. */
public class RobustnessPropertiesTest {

    public static Belief range(SplittableRandom r) {
        double a = r.nextDouble();
        double b = r.nextDouble();
        return r.nextBoolean() ? new Belief.Uniform(Math.min(a, b), Math.max(a, b))
                : new Belief.Triangular(Math.min(a, b), Math.min(a, b) + r.nextDouble() * Math.abs(a - b), Math.max(a, b));
    }

    /** A random profile of p1 held by p0; evaluations of {@code keepIssue} are left certain. */
    public static CounterpartProfile profile(Domain d, SplittableRandom r, int keepIssue, boolean redLines) {
        Map<Integer, Belief> weights = new HashMap<>();
        Map<Integer, Map<Integer, Belief>> evaluations = new HashMap<>();
        for (int i = 0; i < d.size(); i++) {
            if (r.nextBoolean()) {
                weights.put(i, range(r));
            }
            if (i != keepIssue && r.nextBoolean()) {
                evaluations.put(i, Map.of(r.nextInt(d.issue(i).cardinality()), range(r)));
            }
        }
        List<RedLine> lines = redLines && d.issue(0).cardinality() > 1
                ? List.of(new RedLine.Refuse(0, List.of(r.nextInt(d.issue(0).cardinality())))) : List.of();
        return new CounterpartProfile("p0", "p1", weights, evaluations, range(r), Optional.empty(), lines,
                r.nextDouble(), "", "");
    }

    static List<Candidate> candidates(Domain d, SplittableRandom r, int n) {
        List<Candidate> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int[] v = new int[d.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = r.nextInt(d.issue(i).cardinality());
            }
            out.add(new Candidate("c" + k, new Outcome(v)));
        }
        return out;
    }

    @Property(tries = 60)
    void theNumbersDoNotDependOnTheThreadCount(@ForAll long seed) {
        NegotiationCase c = RandomCases.additive(seed, 2, false, true);
        SplittableRandom r = new SplittableRandom(seed);
        CounterpartProfile p = profile(c.domain(), r, -1, true);
        List<Candidate> cands = candidates(c.domain(), r, 6);
        var one = Robustness.analyze(c, p, cands, RobustnessOptions.of(700, seed).withThreads(1));
        var many = Robustness.analyze(c, p, cands, RobustnessOptions.of(700, seed).withThreads(4));
        assertThat(many).isEqualTo(one);
    }

    /**
     * Y with one issue moved to a value the counterpart evaluates no higher (an issue whose
     * evaluations the profile leaves certain; no believed red line) is worse for it in every sample:
     * it never has the higher P(accept).
     */
    @Property(tries = 150)
    void pAcceptIsMonotoneUnderDomination(@ForAll long seed) {
        NegotiationCase c = RandomCases.additive(seed, 2, false, false);
        SplittableRandom r = new SplittableRandom(seed);
        Domain d = c.domain();
        int issue = r.nextInt(d.size());
        CounterpartProfile p = profile(d, r, issue, false);
        Candidate y = candidates(d, r, 1).get(0);
        LinearAdditiveUtility stated = (LinearAdditiveUtility) c.party(1).preferences().utility();
        int[] xv = y.outcome().toArray();
        for (int v = 0; v < d.issue(issue).cardinality(); v++) {
            if (stated.evaluation(issue, v) <= stated.evaluation(issue, xv[issue])) {
                xv[issue] = v;
                break;
            }
        }
        Candidate x = new Candidate("x", new Outcome(xv));
        var res = Robustness.analyze(c, p, List.of(y, x), RobustnessOptions.of(500, seed).withThreads(2));
        List<Result> rs = res.candidates();
        assertThat(rs.get(1).pAccept()).isLessThanOrEqualTo(rs.get(0).pAccept());
    }
}
