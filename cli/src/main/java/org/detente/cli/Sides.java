package org.detente.cli;

import org.detente.model.NegotiationCase;

import picocli.CommandLine;

/** Which side we prepare and which we face, from --party / --counterpart ({@link org.detente.brief.Sides}). */
final class Sides {
    private Sides() {
    }

    /**
     * Our side: {@code given}, else the holder of the case's first profile, else the first party.
     *
     * @throws IllegalArgumentException if the party is unknown (exit 3, as in adjusted-winner)
     */
    static String us(NegotiationCase c, String given) {
        return org.detente.brief.Sides.us(c, given);
    }

    /**
     * The side we face: {@code given}, else the party our first profile is about, else the next party.
     *
     * @throws IllegalArgumentException           if the party is unknown
     * @throws CommandLine.ParameterException if it is our own side
     */
    static String counterpart(NegotiationCase c, String us, String given, CommandLine.Model.CommandSpec spec) {
        if (given != null && given.equals(us)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--party and --counterpart name the same party '" + us + "'");
        }
        return org.detente.brief.Sides.counterpart(c, us, given);
    }
}
