package org.detente.rehearsal.plan;

/**
 * How to rehearse a plan against sampled counterparts.
 *
 * @param sessions sampled counterparts, each met once by each of our agents, in [1, 100000]
 * @param rounds   rounds before the deadline, in [1, 100000]
 * @param seed     the seed: counterpart i is the robustness analysis's sample i of this seed, and
 *                 each session's agents draw from a seed derived from it and the session's id
 * @param threads  worker threads, ≥ 1 (the figures do not depend on it)
 */
public record RehearsalOptions(int sessions, int rounds, long seed, int threads) {
    /** Default number of sampled counterparts. */
    public static final int DEFAULT_SESSIONS = 200;
    /** Default deadline in rounds. */
    public static final int DEFAULT_ROUNDS = 200;

    /** @throws IllegalArgumentException if a number is out of range */
    public RehearsalOptions {
        if (sessions < 1 || sessions > 100_000) {
            throw new IllegalArgumentException("sessions must be in [1, 100000], was " + sessions);
        }
        if (rounds < 1 || rounds > 100_000) {
            throw new IllegalArgumentException("rounds must be in [1, 100000], was " + rounds);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    /** The given figures, one thread per processor. */
    public static RehearsalOptions of(int sessions, int rounds, long seed) {
        return new RehearsalOptions(sessions, rounds, seed, Runtime.getRuntime().availableProcessors());
    }

    /** These options with another number of threads. */
    public RehearsalOptions withThreads(int n) {
        return new RehearsalOptions(sessions, rounds, seed, n);
    }
}
