package org.detente.cli;

import java.time.Duration;
import java.util.Locale;

import org.detente.rehearsal.Deadline;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --rounds N | --time S}: exactly one. */
final class DeadlineOptions {
    @Option(names = "--rounds", paramLabel = "N", required = true, description = "Deadline in rounds (every party acts once a round).")
    Integer rounds;

    @Option(names = "--time", paramLabel = "S", required = true, description = "Deadline in time: seconds, or with a unit (500ms, 10s, 2m).")
    String time;

    Deadline deadline() {
        return rounds != null ? Deadline.rounds(rounds) : Deadline.time(duration(time));
    }

    /**
     * Parses {@code 10}, {@code 10s}, {@code 500ms}, {@code 2m}, {@code 1.5s}.
     *
     * @throws CommandLine.TypeConversionException if it is not a positive duration
     */
    static Duration duration(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        double factor = 1_000_000_000d;
        if (s.endsWith("ms")) {
            factor = 1_000_000d;
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("s")) {
            s = s.substring(0, s.length() - 1);
        } else if (s.endsWith("m")) {
            factor = 60_000_000_000d;
            s = s.substring(0, s.length() - 1);
        }
        try {
            double v = Double.parseDouble(s.trim());
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return Duration.ofNanos(Math.round(v * factor));
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a positive duration (e.g. 10s, 500ms, 2m)");
        }
    }
}
