package org.detente.rehearsal.plan;

import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * A plan rehearsed against counterparts sampled from our profile of them.
 *
 * @param us              our party
 * @param counterpart     the party we face
 * @param style           the counterparts' concession style, as described to a person
 *                        ("boulware (e = 0.2)", or why linear was assumed)
 * @param exponent        the time-dependent exponent the sampled counterparts concede with
 * @param options         sessions, rounds, seed
 * @param ladder          the plan our plan-following agent plays (empty when no candidate is viable:
 *                        then only the Strategist plays)
 * @param runs            one per agent of ours, the plan first when there is one
 * @param thirdParties    how parties other than the two play ("" for a two-party case)
 * @param classic         our first agent against the classic ANAC agent the style picks, on the same samples
 */
public record RehearsalReport(String us, String counterpart, String style, double exponent,
                              RehearsalOptions options, Optional<PlanLadder> ladder, List<Run> runs,
                              String thirdParties, Classic classic) {
    /** Copies the list. */
    public RehearsalReport {
        runs = List.copyOf(runs);
    }

    /**
     * Our first agent against the classic ANAC agent that plays the counterparts' concession style
     * ({@link Rehearsal#classicFor(double)}), each sampled counterpart's preferences in turn.
     *
     * @param counterpart the classic agent's registry name
     * @param run         our agent's sessions against it
     */
    public record Classic(String counterpart, Run run) {
        /** @throws NullPointerException if a part is missing */
        public Classic {
            java.util.Objects.requireNonNull(counterpart, "counterpart");
            java.util.Objects.requireNonNull(run, "run");
        }
    }

    /**
     * One of our agents against every sampled counterpart.
     *
     * @param agent    the agent's name ("plan" or "strategist")
     * @param sessions one per sampled counterpart, in sample order
     * @param curves   the mean concession curves
     */
    public record Run(String agent, List<RehearsedSession> sessions, ConcessionCurves curves) {
        /** Copies the list. */
        public Run {
            sessions = List.copyOf(sessions);
        }

        /** Share of sessions that ended in agreement. */
        public double agreementRate() {
            return share(s -> s.agreement() ? 1 : 0);
        }

        /** Share of sessions that ended in an agreement we can sign and the other side can ratify. */
        public double viableRate() {
            return share(s -> s.viable() ? 1 : 0);
        }

        /** Our utility over every session (the reservation value where there was no deal). */
        public Distribution ours() {
            return over(RehearsedSession::ours, false);
        }

        /** Their (sampled) utility over every session. */
        public Distribution theirs() {
            return over(RehearsedSession::theirs, false);
        }

        /** Our utility over the agreements only. */
        public Distribution oursInAgreements() {
            return over(RehearsedSession::ours, true);
        }

        /** Rounds over every session. */
        public Distribution rounds() {
            return over(s -> s.rounds(), false);
        }

        /** Distance to the Pareto frontier over the agreements. */
        public Distribution paretoDistance() {
            return over(RehearsedSession::paretoDistance, true);
        }

        private double share(ToDoubleFunction<RehearsedSession> f) {
            return sessions.stream().mapToDouble(f).sum() / sessions.size();
        }

        private Distribution over(ToDoubleFunction<RehearsedSession> f, boolean agreementsOnly) {
            return Distribution.of(sessions.stream().filter(s -> !agreementsOnly || s.agreement()).mapToDouble(f)
                    .toArray());
        }
    }
}
