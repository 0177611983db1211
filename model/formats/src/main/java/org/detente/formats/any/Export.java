package org.detente.formats.any;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.detente.formats.genius.GeniusXml;
import org.detente.formats.geniusweb.GeniusWebJson;
import org.detente.model.Deal;
import org.detente.model.NegotiationCase;
import org.detente.model.Party;
import org.detente.model.Preferences;
import org.detente.model.Preparation;

/**
 * Writing a case in another tool's format, which may not hold all of it: what would be lost, and
 * writing with it dropped only when asked to.
 */
public final class Export {
    /** The formats of other tools. */
    public enum Target {
        /** GENIUS XML: a domain file and one profile per party. */
        GENIUS("GENIUS XML"),
        /** GeniusWeb JSON: a domain file and one profile per party. */
        GENIUSWEB("GeniusWeb JSON");

        private final String label;

        Target(String label) {
            this.label = label;
        }

        /** The format's name for people. */
        public String label() {
            return label;
        }
    }

    private Export() {
    }

    /**
     * What the target format cannot hold of a case and a forced write drops (or, for a GeniusWeb
     * reservation value no outcome's utility equals, approximates), one line each, for example
     * {@code party 'Russia': 2 red lines}. What no write can do without (a utility the format has no
     * form for) is not listed: {@link #write} refuses it whatever is asked.
     *
     * @param c      the case
     * @param target the format
     * @return the lines, in the case's order; empty when nothing is lost
     */
    public static List<String> unsupported(NegotiationCase c, Target target) {
        List<String> lost = new ArrayList<>();
        for (Party p : c.parties()) {
            int n = p.preferences().redLines().size();
            if (n > 0) {
                lost.add("party '" + p.name() + "': " + count(n, "red line"));
            }
            if (target == Target.GENIUSWEB && p.preferences().discountFactor() != 1) {
                lost.add("party '" + p.name() + "': discount factor " + p.preferences().discountFactor());
            }
        }
        lost.addAll(target == Target.GENIUSWEB ? GeniusWebJson.approximatedReservations(c) : GeniusXml.lostSteps(c));
        if (!c.deals().isEmpty()) {
            lost.add(count(c.deals().size(), "named deal") + ": "
                    + String.join(", ", c.deals().stream().map(Deal::name).toList()));
        }
        Preparation prep = c.preparation();
        if (!prep.isEmpty()) {
            lost.add("the preparation: " + count(prep.profiles().size(), "counterpart profile") + ", "
                    + count(prep.ratifiers().size(), "ratifier") + ", " + count(prep.gestures().size(), "gesture"));
        }
        return lost;
    }

    /**
     * Writes a case in the target format into a directory (created once everything is rendered;
     * nothing is written on failure).
     *
     * @param c               the case
     * @param target          the format
     * @param directory       where to write
     * @param dropUnsupported whether to write without what {@link #unsupported} lists rather than refuse
     * @return the files written, domain first, then one profile per party in party order
     * @throws IOException              if a file cannot be written
     * @throws IllegalArgumentException if the case has what the format cannot hold and dropping was
     *                                  not asked for (the message lists it), or has what no write can
     *                                  express
     */
    public static List<Path> write(NegotiationCase c, Target target, Path directory, boolean dropUnsupported)
            throws IOException {
        List<String> lost = unsupported(c, target);
        if (!lost.isEmpty() && !dropUnsupported) {
            throw new IllegalArgumentException(target.label() + " cannot hold " + String.join("; ", lost));
        }
        return switch (target) {
            case GENIUS -> GeniusXml.write(dropUnsupported ? stripped(c) : c, directory);
            case GENIUSWEB -> GeniusWebJson.write(c, directory,
                    dropUnsupported ? GeniusWebJson.Fidelity.BEST_EFFORT : GeniusWebJson.Fidelity.EXACT);
        };
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    /** The case without red lines, deals or preparation. */
    private static NegotiationCase stripped(NegotiationCase c) {
        List<Party> parties = new ArrayList<>();
        for (Party p : c.parties()) {
            Preferences x = p.preferences();
            parties.add(new Party(p.name(), new Preferences(x.utility(), x.reservationValue(), x.discountFactor(),
                    List.of())));
        }
        return new NegotiationCase(c.name(), c.description(), c.domain(), parties);
    }
}
