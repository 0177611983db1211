package org.detente.rehearsal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

/**
 * Runs sessions on local threads, at most {@code threads} at a time.
 *
 * <p>Isolation: each session runs on its own worker; a watchdog checks every few milliseconds which
 * agent is acting and since when, and an agent that exceeds its session's action limit (plus a grace
 * of 50 ms, for agents that never return) forfeits: its result is recorded, its thread is
 * interrupted and abandoned, and another worker takes its place, so the tournament goes on. An
 * agent that ignores the interrupt cannot be stopped in this JVM: {@link #abandoned()} names it and
 * measures the CPU its thread has used since the forfeit.
 * Results do not depend on the number of threads: each session's randomness comes from its spec.
 *
 * <p>An agent that overflows its stack or runs out of memory forfeits like one that throws (see
 * {@link Negotiation}). Anything thrown outside an agent — an {@link Error} included — stops the run
 * with an {@link EngineFailure}: the sessions still running are cancelled and nothing waits forever.
 * Each worker thread is named after the session it runs ({@code detente-session ID}), so that a
 * shutdown hook can tell which session called {@code System.exit}.
 */
public final class LocalExecutor implements SessionExecutor {
    private static final long GRACE_NANOS = 50_000_000L;
    private static final long POLL_MILLIS = 20;
    /** The prefix of a session thread's name, followed by the session's id. */
    public static final String THREAD = "detente-session ";
    private final int threads;
    private final SessionRunner runner;
    private final Clock clock;
    private final TraceWindow trace;
    private final java.util.Queue<Abandon> abandoned = new java.util.concurrent.ConcurrentLinkedQueue<>();

    /** {@link #LocalExecutor(int, AgentRegistry, Clock, TraceWindow)} without traces. */
    public LocalExecutor(int threads, AgentRegistry registry, Clock clock) {
        this(threads, registry, clock, TraceWindow.NONE);
    }

    /**
     * @param threads  sessions run at once, at least 1
     * @param registry where agents are looked up
     * @param clock    the clock for action limits
     * @param trace    which offers the results' traces keep
     * @throws IllegalArgumentException if threads is below 1
     */
    public LocalExecutor(int threads, AgentRegistry registry, Clock clock, TraceWindow trace) {
        this(threads, Sessions.runner(registry), clock, trace);
    }

    /**
     * An executor of the sessions a runner knows (single-text ones too with
     * {@code Mediation.anyProtocol}): the same watchdog, whatever the protocol.
     *
     * @param threads sessions run at once, at least 1
     * @param runner  runs one session
     * @param clock   the clock for action limits
     * @param trace   which offers the results' traces keep
     * @throws IllegalArgumentException if threads is below 1
     */
    public LocalExecutor(int threads, SessionRunner runner, Clock clock, TraceWindow trace) {
        if (threads < 1) {
            throw new IllegalArgumentException("need at least one thread, was " + threads);
        }
        this.threads = threads;
        this.runner = java.util.Objects.requireNonNull(runner, "runner");
        this.clock = java.util.Objects.requireNonNull(clock, "clock");
        this.trace = java.util.Objects.requireNonNull(trace, "trace");
    }

    private record Running(SessionSpec spec, ActionWatch watch, Future<?> task, AtomicReference<Thread> thread) {
    }

    /**
     * A forfeited agent's thread, interrupted, and its CPU time then (-1 if not measurable); the
     * reference is cleared when the session's task ends (its thread then serves other sessions).
     */
    private record Abandon(String session, String agent, AtomicReference<Thread> task, Thread thread, long cpuAtForfeit) {
    }

    /**
     * The agents that forfeited for their time in this executor's runs and whose threads still run
     * (they ignored the interrupt), with the CPU each has used since its forfeit.
     */
    public List<AbandonedAgent> abandoned() {
        List<AbandonedAgent> out = new java.util.ArrayList<>();
        for (Abandon a : abandoned) {
            if (a.task().get() == a.thread() && a.thread().isAlive()) {
                long now = cpuTime(a.thread());
                out.add(new AbandonedAgent(a.session(), a.agent(), now < 0 || a.cpuAtForfeit() < 0 ? -1
                        : Math.max(0, now - a.cpuAtForfeit())));
            }
        }
        return out;
    }

    private static long cpuTime(Thread t) {
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        return mx.isThreadCpuTimeSupported() && mx.isThreadCpuTimeEnabled() ? mx.getThreadCpuTime(t.getId()) : -1;
    }

    @Override
    public void execute(List<SessionSpec> specs, SessionSink sink) throws InterruptedException {
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "detente-session");
            t.setDaemon(true);
            return t;
        });
        var watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "detente-watchdog");
            t.setDaemon(true);
            return t;
        });
        Semaphore permits = new Semaphore(threads);
        CountDownLatch done = new CountDownLatch(specs.size());
        Map<SessionSpec, Running> running = new ConcurrentHashMap<>();
        Map<SessionSpec, Boolean> finished = new ConcurrentHashMap<>();
        AtomicReference<IllegalStateException> failure = new AtomicReference<>();
        Object sinkLock = new Object();
        SessionOptions base = new SessionOptions(Duration.ZERO, clock, trace, null, null);

        BiConsumer<SessionSpec, SessionResult> finish = (spec, result) -> {
            if (finished.putIfAbsent(spec, Boolean.TRUE) != null) {
                return;
            }
            running.remove(spec);
            try {
                if (result != null && failure.get() == null) {
                    synchronized (sinkLock) {
                        sink.accept(spec, result);
                    }
                }
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, new EngineFailure(spec.id() + " (storing its result)", e));
            } finally {
                permits.release();
                done.countDown();
            }
        };
        watchdog.scheduleWithFixedDelay(() -> {
            try {
                forfeitLate(running.values(), finish);
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, new EngineFailure("(watchdog)", e));
            }
        }, 5, 5, TimeUnit.MILLISECONDS);
        try {
            for (SessionSpec spec : specs) {
                if (!acquire(permits, failure)) {
                    break;
                }
                if (failure.get() != null) {
                    permits.release();
                    break;
                }
                ActionWatch watch = new ActionWatch();
                SessionOptions options = base.withWatch(watch);
                AtomicReference<Thread> thread = new AtomicReference<>();
                Future<?> task = pool.submit(() -> {
                    thread.set(Thread.currentThread());
                    Thread.currentThread().setName(THREAD + spec.id());
                    SessionResult result = null;
                    try {
                        result = runner.run(spec, options);
                    } catch (RuntimeException | Error e) {
                        failure.compareAndSet(null, new EngineFailure(spec.id(), e));
                    } finally {
                        thread.set(null);
                    }
                    finish.accept(spec, result);
                });
                running.put(spec, new Running(spec, watch, task, thread));
                if (finished.containsKey(spec)) {
                    running.remove(spec);
                }
            }
            while (failure.get() == null && !done.await(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                // waits for the last sessions, or stops at the first failure
            }
        } finally {
            watchdog.shutdownNow();
            pool.shutdownNow();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** Takes a slot, or returns false as soon as a failure has been recorded. */
    private static boolean acquire(Semaphore permits, AtomicReference<?> failure) throws InterruptedException {
        while (!permits.tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            if (failure.get() != null) {
                return false;
            }
        }
        return true;
    }

    /** Forfeits every session whose acting agent is over its action limit (plus the grace). */
    private void forfeitLate(Iterable<Running> running, BiConsumer<SessionSpec, SessionResult> finish) {
        long now = clock.nanos();
        for (Running r : running) {
            long limit = r.spec().actionLimit().toNanos();
            long since = r.watch().since();
            int party = r.watch().party();
            if (limit > 0 && since != Long.MIN_VALUE && party >= 0 && now - since > limit + GRACE_NANOS) {
                Thread t = r.thread().get();
                if (t != null) { // before the forfeit is passed on: a caller waiting for the run's end sees it
                    abandoned.add(new Abandon(r.spec().id(), r.spec().actor(party), r.thread(), t, cpuTime(t)));
                }
                finish.accept(r.spec(), SessionResult.forfeited(r.spec(), party,
                        "did not answer within the action limit of " + limit / 1_000_000 + " ms"));
                r.task().cancel(true);
            }
        }
    }
}
