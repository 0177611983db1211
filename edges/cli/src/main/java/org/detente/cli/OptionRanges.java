package org.detente.cli;

import picocli.CommandLine;

/** Numeric options out of their range are usage errors (exit 2) naming the option and the range. */
final class OptionRanges {
    private OptionRanges() {
    }

    /** @throws CommandLine.ParameterException if {@code value} is outside [lo, hi] */
    static void check(CommandLine.Model.CommandSpec spec, long value, long lo, long hi, String name) {
        if (value < lo || value > hi) {
            throw new CommandLine.ParameterException(spec.commandLine(), name + " must be in [" + lo + ", " + hi
                    + "], was " + value);
        }
    }
}
