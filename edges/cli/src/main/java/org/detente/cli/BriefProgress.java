package org.detente.cli;

import java.io.PrintWriter;

import org.detente.brief.BriefListener;
import org.detente.rehearsal.Clock;

/** Shows the stages of a brief on stderr: a line per stage, a progress bar with ETA for the long ones. */
final class BriefProgress implements BriefListener {
    private final PrintWriter err;
    private Progress bar;

    BriefProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void stage(String what, int units) {
        finish();
        if (units <= 0) {
            err.println("detente: " + what + "…");
            err.flush();
        } else {
            err.println("detente: " + what);
            bar = new Progress(err, units, 0, Clock.SYSTEM, "sessions");
        }
    }

    @Override
    public synchronized void advance() {
        if (bar != null) {
            bar.step();
        }
    }

    /** Ends the current bar, if any. */
    synchronized void finish() {
        if (bar != null) {
            bar.finish();
            bar = null;
        }
    }
}
