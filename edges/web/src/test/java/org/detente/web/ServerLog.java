package org.detente.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What the workbench logs while a test runs: the tests bind SLF4J to java.util.logging
 * (slf4j-jdk14), and this handler on the {@code org.detente.web} logger keeps each record's message
 * (and its exception, if any) as one line of text — instead of the console, while it listens.
 */
final class ServerLog extends Handler implements AutoCloseable {
    private static final Logger WEB = Logger.getLogger("org.detente.web");
    private final ByteArrayOutputStream text = new ByteArrayOutputStream();

    /** Starts listening. */
    static ServerLog capture() {
        ServerLog log = new ServerLog();
        log.setLevel(Level.ALL);
        WEB.addHandler(log);
        WEB.setUseParentHandlers(false);
        return log;
    }

    @Override
    public synchronized void publish(LogRecord r) {
        String line = r.getMessage() + (r.getThrown() == null ? "" : " " + r.getThrown()) + "\n";
        text.writeBytes(line.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        WEB.removeHandler(this);
        WEB.setUseParentHandlers(WEB.getHandlers().length == 0);
    }

    /** Everything logged so far. */
    synchronized String text() {
        return text.toString(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return text();
    }
}
