package org.detente.isolation;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One agent process: lines to its standard input, lines from its standard output, the last lines of
 * its standard error kept for a reason. Used by one session at a time; {@link #kill} may come from
 * any thread (the pool's deadlines), and makes a blocked read or write return.
 */
final class Child {
    /** The longest line read from an agent; a longer one breaks the protocol. */
    static final int MAX_LINE = 1 << 20;
    private static final int TAIL_LINES = 3;
    private static final int TAIL_CHARS = 300;

    private final Launch launch;
    private final Process process;
    private final OutputStream in;
    private final InputStream out;
    private final ArrayDeque<String> tail = new ArrayDeque<>();
    private final Thread drain;
    private volatile String killed;

    private Child(Launch launch, Process process) {
        this.launch = launch;
        this.process = process;
        this.in = process.getOutputStream();
        this.out = new BufferedInputStream(process.getInputStream(), 1 << 16);
        this.drain = new Thread(this::drainErrors, "detente-agent-stderr " + process.pid());
        drain.setDaemon(true);
        drain.start();
    }

    /**
     * Starts a process.
     *
     * @throws IOException if it cannot be started (no such program, say)
     */
    static Child start(Launch launch, List<String> command) throws IOException {
        return new Child(launch, new ProcessBuilder(command).start());
    }

    /** What was started. */
    Launch launch() {
        return launch;
    }

    /** The process. */
    ProcessHandle handle() {
        return process.toHandle();
    }

    /** Whether the process runs and was not killed. */
    boolean healthy() {
        return killed == null && process.isAlive();
    }

    /** Why it was killed, or null. */
    String killedFor() {
        return killed;
    }

    /** Writes one line (adding the line break) and flushes. */
    void send(String line) throws IOException {
        in.write(line.getBytes(StandardCharsets.UTF_8));
        in.write('\n');
        in.flush();
    }

    /**
     * Reads one line (without its line break).
     *
     * @return the line, or null at the end of the stream
     * @throws IOException          if reading fails (the process was killed, say)
     * @throws LineTooLong          if the line is longer than {@link #MAX_LINE} bytes
     */
    String receive() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        while (true) {
            int b = out.read();
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
            }
            if (b == '\n') {
                return line.toString(StandardCharsets.UTF_8);
            }
            if (line.size() >= MAX_LINE) {
                throw new LineTooLong();
            }
            line.write(b);
        }
    }

    /** A line longer than {@link #MAX_LINE}. */
    static final class LineTooLong extends IOException {
        private static final long serialVersionUID = 1L;

        LineTooLong() {
            super("a line longer than " + MAX_LINE + " bytes", null);
        }
    }

    /**
     * Kills the process and every process it started, at once (the first reason given is kept).
     * Nothing waits: the streams report the end as soon as the kernel has closed them.
     */
    void kill(String reason) {
        synchronized (this) {
            if (killed == null) {
                killed = reason;
            }
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /**
     * How the process ended after closing its output: "exited with status N", with the last line it wrote
     * to its standard error. Waits up to a second for the exit; a process still running then is said to
     * have closed its output.
     */
    String exitReason() {
        boolean ended;
        try {
            ended = process.waitFor(1, TimeUnit.SECONDS);
            if (ended) {
                drain.join(1000); // what it wrote to its standard error before it ended
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ended = false;
        }
        String why = ended ? "exited with status " + process.exitValue() : "closed its standard output";
        String last = lastError();
        return last == null ? why : why + " (stderr: " + last + ")";
    }

    /** The last line written to the standard error, shortened, or null. */
    String lastError() {
        synchronized (tail) {
            return tail.isEmpty() ? null : tail.peekLast();
        }
    }

    private void drainErrors() {
        try (InputStream err = process.getErrorStream()) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = err.read()) >= 0) {
                if (b == '\n') {
                    keep(line.toString(StandardCharsets.UTF_8));
                    line.reset();
                } else if (line.size() < TAIL_CHARS * 4) {
                    line.write(b);
                }
            }
            keep(line.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the process was killed: what it wrote so far is kept
        }
    }

    private void keep(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return;
        }
        if (s.length() > TAIL_CHARS) {
            s = s.substring(0, TAIL_CHARS) + "…";
        }
        synchronized (tail) {
            if (tail.size() == TAIL_LINES) {
                tail.removeFirst();
            }
            tail.addLast(s);
        }
    }
}
