package org.detente.isolation;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The agent processes of one run: started on demand, handed to one session at a time, taken back
 * and reused when the session went well, killed after a fault (the next session starts a fresh one).
 * Deadlines kill a process that does not answer in time. {@link #close()} kills every process, and a
 * shutdown hook does the same if the JVM ends first: no process outlives the run.
 */
final class ProcessPool implements AutoCloseable {
    private final Limits limits;
    private final Map<Launch, ArrayDeque<Child>> idle = new HashMap<>();
    private final Set<Child> all = new LinkedHashSet<>();
    private final ScheduledThreadPoolExecutor deadlines;
    private final Thread hook;
    private boolean closed;

    ProcessPool(Limits limits) {
        this.limits = limits;
        this.deadlines = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "detente-agent-deadlines");
            t.setDaemon(true);
            return t;
        });
        deadlines.setRemoveOnCancelPolicy(true);
        this.hook = new Thread(this::killAll, "detente-agent-processes");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** The limits every agent runs under. */
    Limits limits() {
        return limits;
    }

    /**
     * An idle process of this launch, or a new one.
     *
     * @throws IOException           if a process cannot be started
     * @throws IllegalStateException if the pool is closed
     */
    Child acquire(Launch launch) throws IOException {
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the agent processes were shut down");
            }
            ArrayDeque<Child> q = idle.get(launch);
            while (q != null && !q.isEmpty()) {
                Child c = q.pollLast();
                if (c.healthy()) {
                    return c;
                }
                discard(c, "died while idle");
            }
        }
        Child c = Child.start(launch, launch.command(limits.memoryMiB()));
        synchronized (this) {
            all.add(c);
            if (closed) {
                discard(c, "the agent processes were shut down");
                throw new IllegalStateException("the agent processes were shut down");
            }
        }
        return c;
    }

    /** Takes a process back for another session, or kills it if it is unhealthy or the pool is closed. */
    void release(Child c) {
        synchronized (this) {
            if (!closed && c.healthy()) {
                idle.computeIfAbsent(c.launch(), k -> new ArrayDeque<>()).addLast(c);
                return;
            }
        }
        discard(c, "released");
    }

    /** Kills a process after a fault, with the reason; it is forgotten once it has ended. */
    void discard(Child c, String reason) {
        c.kill(reason);
        c.handle().onExit().thenRun(() -> forget(c));
    }

    private synchronized void forget(Child c) {
        all.remove(c);
    }

    /** Kills {@code c} for {@code reason} unless the returned deadline is cancelled within {@code nanos}. */
    ScheduledFuture<?> deadline(Child c, long nanos, String reason) {
        return deadlines.schedule(() -> c.kill(reason), nanos, TimeUnit.NANOSECONDS);
    }

    /** The processes started and not yet ended. */
    synchronized List<ProcessHandle> processes() {
        List<ProcessHandle> out = new ArrayList<>();
        for (Child c : all) {
            out.add(c.handle());
        }
        return out;
    }

    /** Kills every process, waits (up to 5 s each) until they have ended, and stops the deadlines; a closed pool starts no process. */
    @Override
    public void close() {
        killAll();
        deadlines.shutdownNow();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs killAll itself
        }
    }

    private void killAll() {
        List<Child> victims;
        synchronized (this) {
            closed = true;
            victims = new ArrayList<>(all);
            all.clear();
            idle.clear();
        }
        for (Child c : victims) {
            c.kill("the run ended");
        }
        for (Child c : victims) {
            c.handle().onExit().orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
        }
    }
}
