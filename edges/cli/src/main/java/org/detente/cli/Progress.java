package org.detente.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.detente.rehearsal.Clock;

/** A one-line progress bar with rate and ETA, redrawn in place on the terminal (stderr). */
final class Progress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final int total;
    private final int skipped;
    private final Clock clock;
    private final String unit;
    private final long start;
    private long lastDraw = Long.MIN_VALUE;
    private int done;

    Progress(PrintWriter err, int total, int skipped, Clock clock) {
        this(err, total, skipped, clock, "sessions");
    }

    Progress(PrintWriter err, int total, int skipped, Clock clock, String unit) {
        this.unit = unit;
        this.err = err;
        this.total = total;
        this.skipped = skipped;
        this.clock = clock;
        this.start = clock.nanos();
        this.done = skipped;
    }

    void step() {
        done++;
        long now = clock.nanos();
        if (done == total || now - lastDraw > 200_000_000L) {
            lastDraw = now;
            draw(now);
        }
    }

    void finish() {
        if (done != total || lastDraw == Long.MIN_VALUE) {
            draw(clock.nanos());
        }
        err.println();
        err.flush();
    }

    private void draw(long now) {
        double secs = (now - start) / 1e9;
        int ran = done - skipped;
        double rate = secs > 0 ? ran / secs : 0;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        String eta = rate > 0 ? clockText((total - done) / rate) : "--:--";
        err.print(String.format(Locale.ROOT, "\r[%s%s] %d/%d %s · %.0f/s · elapsed %s · ETA %s   ",
                "#".repeat(filled), ".".repeat(WIDTH - filled), done, total, unit, rate, clockText(secs), eta));
        err.flush();
    }

    private static String clockText(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
