package org.detente.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One party's beliefs about another ("zoom in" on the counterpart): what it weighs and how much,
 * how it values the values of each issue, its alternative, how it concedes, where its red lines
 * lie, and how far its stated positions can be believed.
 *
 * <p>A profile is sparse: an issue weight or a value evaluation it does not mention is believed to
 * be what the counterpart's stated preferences in the case say, for certain. Sampled weights are
 * normalised to sum 1 (see {@link org.detente.analysis.Robustness}).
 *
 * @param holder      the party whose beliefs these are
 * @param about       the party they are about (not the holder)
 * @param weights     issue index → belief about that issue's weight (mass inside [0, 1])
 * @param evaluations issue index → value index → belief about that value's evaluation (mass
 *                    inside [0, 1])
 * @param reservation belief about the counterpart's reservation value (its BATNA's utility)
 * @param concession  its believed concession style, if one is stated
 * @param redLines    the red lines we believe it holds
 * @param credibility in [0, 1]: the probability that those red lines are real rather than posture
 * @param history     free text: what has happened between the parties (may be empty)
 * @param premises    free text: what the beliefs rest on, and the evidence (may be empty)
 */
public record CounterpartProfile(String holder, String about, Map<Integer, Belief> weights,
                                 Map<Integer, Map<Integer, Belief>> evaluations, Belief reservation,
                                 Optional<ConcessionStyle> concession, List<RedLine> redLines, double credibility,
                                 String history, String premises) {

    /** @throws IllegalArgumentException if a name is blank, the holder is the party described, a belief
     *                                  has no mass inside [0, 1], or the credibility is not in [0, 1] */
    public CounterpartProfile {
        holder = Checks.name(holder, "profile holder");
        about = Checks.name(about, "party profiled");
        if (holder.equals(about)) {
            throw new IllegalArgumentException("a profile of '" + about + "' is held by '" + about
                    + "' itself: a profile is one party's beliefs about another");
        }
        weights = Map.copyOf(weights);
        weights.forEach((i, b) -> b.checkUnit("weight of issue #" + i));
        Map<Integer, Map<Integer, Belief>> copy = new HashMap<>();
        evaluations.forEach((i, m) -> {
            m.forEach((v, b) -> b.checkUnit("evaluation of value #" + v + " of issue #" + i));
            copy.put(i, Map.copyOf(m));
        });
        evaluations = Map.copyOf(copy);
        Objects.requireNonNull(reservation, "reservation").checkUnit("reservation value");
        Objects.requireNonNull(concession, "concession");
        redLines = List.copyOf(redLines);
        if (!(credibility >= 0 && credibility <= 1)) {
            throw new IllegalArgumentException("credibility must be in [0, 1], was " + credibility);
        }
        history = history == null ? "" : history;
        premises = premises == null ? "" : premises;
    }

    /**
     * A profile that believes exactly what the counterpart states: no uncertain weight or
     * evaluation, the given reservation value, no style, no red lines, full credibility.
     */
    public static CounterpartProfile plain(String holder, String about, double reservation) {
        return new CounterpartProfile(holder, about, Map.of(), Map.of(), new Belief.Fixed(reservation),
                Optional.empty(), List.of(), 1, "", "");
    }

    /**
     * Checks that every issue and value index named exists in {@code domain}, returning this profile.
     *
     * @throws IllegalArgumentException if one does not, or a numeric red line is set on a discrete issue
     */
    public CounterpartProfile checkFits(Domain domain) {
        String who = "profile of '" + about + "' held by '" + holder + "'";
        for (int i : weights.keySet()) {
            issue(domain, i, who);
        }
        evaluations.forEach((i, m) -> {
            Issue issue = issue(domain, i, who);
            for (int v : m.keySet()) {
                if (!issue.enumerable() || v < 0 || v >= issue.cardinality()) {
                    throw new IllegalArgumentException(who + ": issue '" + issue.name() + "' has no value #" + v);
                }
            }
        });
        for (RedLine r : redLines) {
            Issue issue = issue(domain, r.issue(), who);
            if (r instanceof RedLine.Within && issue instanceof DiscreteIssue) {
                throw new IllegalArgumentException(who + ": a numeric red line is set on the discrete issue '"
                        + issue.name() + "'");
            }
        }
        return this;
    }

    private static Issue issue(Domain domain, int i, String who) {
        if (i < 0 || i >= domain.size()) {
            throw new IllegalArgumentException(who + " names issue #" + i + " but the domain has " + domain.size()
                    + " issues");
        }
        return domain.issue(i);
    }

    /** Whether the outcome with these value indices respects every believed red line. */
    public boolean allows(Domain domain, int[] values) {
        for (RedLine r : redLines) {
            if (!r.allows(domain.issue(r.issue()), values[r.issue()])) {
                return false;
            }
        }
        return true;
    }
}
