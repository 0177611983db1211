package org.detente.brief;

import org.detente.analysis.AnalysisOptions;
import org.detente.analysis.RobustnessOptions;
import org.detente.rehearsal.plan.RehearsalOptions;

/**
 * How much work a brief does.
 *
 * @param analysis    enumeration limits and frontier method
 * @param samples     sampled counterparts of the robustness Monte Carlo
 * @param sessions    sampled counterparts met in the rehearsal (each by the plan and the Strategist)
 * @param rounds      the rehearsal's deadline, in rounds
 * @param repetitions seeds per seat of each Strategist / Improviser pairing
 * @param seed        the one seed every random choice derives from
 * @param threads     worker threads (the brief does not depend on it)
 * @param mediated    whether to add the section for a party that will face a mediator
 */
public record BriefOptions(AnalysisOptions analysis, int samples, int sessions, int rounds, int repetitions, long seed,
                           int threads, boolean mediated) {
    /** Default seeds per seat of each pairing. */
    public static final int DEFAULT_REPETITIONS = 10;

    /** @throws IllegalArgumentException if a number is out of range (the message names it) */
    public BriefOptions {
        java.util.Objects.requireNonNull(analysis, "analysis");
        new RobustnessOptions(samples, seed, RobustnessOptions.DEFAULT_OPENING_FLOOR, threads);
        new RehearsalOptions(sessions, rounds, seed, threads);
        if (repetitions < 1 || repetitions > 10_000) {
            throw new IllegalArgumentException("repetitions must be in [1, 10000], was " + repetitions);
        }
    }

    /** The defaults: 10,000 samples, 200 sessions of 200 rounds, 10 repetitions, seed 1, every processor. */
    public static BriefOptions defaults() {
        return new BriefOptions(AnalysisOptions.defaults(), RobustnessOptions.DEFAULT_SAMPLES,
                RehearsalOptions.DEFAULT_SESSIONS, RehearsalOptions.DEFAULT_ROUNDS, DEFAULT_REPETITIONS,
                RobustnessOptions.DEFAULT_SEED, Runtime.getRuntime().availableProcessors(), false);
    }

    /** The robustness options. */
    public RobustnessOptions robustness() {
        return new RobustnessOptions(samples, seed, RobustnessOptions.DEFAULT_OPENING_FLOOR, threads);
    }

    /** The rehearsal options. */
    public RehearsalOptions rehearsal() {
        return new RehearsalOptions(sessions, rounds, seed, threads);
    }

    /** These options with other figures. */
    public BriefOptions with(int samples, int sessions, int rounds, long seed) {
        return new BriefOptions(analysis, samples, sessions, rounds, repetitions, seed, threads, mediated);
    }

    /** These options with another number of seeds per seat of each pairing. */
    public BriefOptions withRepetitions(int n) {
        return new BriefOptions(analysis, samples, sessions, rounds, n, seed, threads, mediated);
    }

    /** These options with another number of threads. */
    public BriefOptions withThreads(int n) {
        return new BriefOptions(analysis, samples, sessions, rounds, repetitions, seed, n, mediated);
    }

    /** These options with other analysis limits. */
    public BriefOptions withAnalysis(AnalysisOptions a) {
        return new BriefOptions(a, samples, sessions, rounds, repetitions, seed, threads, mediated);
    }

    /** These options with the mediation section (or without). */
    public BriefOptions withMediation(boolean on) {
        return new BriefOptions(analysis, samples, sessions, rounds, repetitions, seed, threads, on);
    }
}
