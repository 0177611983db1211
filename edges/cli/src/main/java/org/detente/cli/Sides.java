package org.detente.cli;

import org.detente.model.NegotiationCase;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Which side we prepare and which we face, from --party / --counterpart and the case's profiles: a
 * picocli mixin shared by the commands that prepare one side ({@code prepare}, {@code brief}). The
 * defaults are {@link org.detente.brief.Sides}'s, which the web workbench uses too.
 */
final class Sides {
    @Option(names = "--party", paramLabel = "NAME",
            description = "Our side (default: the holder of the case's first profile, else the first party).")
    String party;

    @Option(names = "--counterpart", paramLabel = "NAME",
            description = "The side we face (default: the party our first profile is about, else the next party).")
    String counterpart;

    /** Our side in {@code c}, from --party or the default. */
    String us(NegotiationCase c) {
        return us(c, party);
    }

    /** The side we face in {@code c}, from --counterpart or the default. */
    String them(NegotiationCase c, String us, CommandLine.Model.CommandSpec spec) {
        return counterpart(c, us, counterpart, spec);
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
        if (given != null) {
            c.partyIndex(given);
            if (given.equals(us)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--party and --counterpart name the same party '" + us + "'");
            }
        }
        return org.detente.brief.Sides.counterpart(c, us, given);
    }
}
