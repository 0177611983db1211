package org.detente.rehearsal.plan;

import org.detente.rehearsal.Ending;

/**
 * One session of a rehearsal: one of our agents against one sampled counterpart.
 *
 * @param sample          the sampled counterpart's index
 * @param agreement       whether they agreed
 * @param viable          whether the agreement is one we can sign and the other side can ratify
 *                        (false without agreement)
 * @param ours            our utility (of the agreement, or our reservation value)
 * @param theirs          the sampled counterpart's utility (of the agreement, or its sampled reservation value)
 * @param rounds          rounds begun
 * @param ending          how it ended
 * @param paretoDistance  distance of the agreement to the Pareto frontier of the case with the
 *                        sampled counterpart (NaN without agreement)
 */
public record RehearsedSession(int sample, boolean agreement, boolean viable, double ours, double theirs, int rounds,
                               Ending ending, double paretoDistance) {
}
