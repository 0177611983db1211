package org.detente.cli;

import org.detente.model.CounterpartProfile;
import org.detente.model.NegotiationCase;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Which side we prepare and which we face, from --party / --counterpart and the case's profiles: a
 * picocli mixin shared by the commands that prepare one side ({@code prepare}, {@code brief}).
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
        String us = given != null ? given : c.preparation().profiles().stream().findFirst()
                .map(CounterpartProfile::holder).orElse(c.party(0).name());
        c.partyIndex(us);
        return us;
    }

    /**
     * The side we face: {@code given}, else the party our first profile is about, else the next party.
     *
     * @throws IllegalArgumentException           if the party is unknown
     * @throws CommandLine.ParameterException if it is our own side
     */
    static String counterpart(NegotiationCase c, String us, String given, CommandLine.Model.CommandSpec spec) {
        String them = given != null ? given : defaultCounterpart(c, us);
        c.partyIndex(them);
        if (us.equals(them)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--party and --counterpart name the same party '" + us + "'");
        }
        return them;
    }

    private static String defaultCounterpart(NegotiationCase c, String us) {
        for (CounterpartProfile p : c.preparation().profiles()) {
            if (p.holder().equals(us)) {
                return p.about();
            }
        }
        int i = c.partyIndex(us);
        return c.party((i + 1) % c.parties().size()).name();
    }
}
