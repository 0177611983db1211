package org.detente.brief;

import org.detente.model.CounterpartProfile;
import org.detente.model.NegotiationCase;

/** Which side a brief prepares and which it faces, when not given: from the case's profiles. */
public final class Sides {
    private Sides() {
    }

    /**
     * Our side: {@code given}, else the holder of the case's first profile, else the first party.
     *
     * @throws IllegalArgumentException if the party is unknown
     */
    public static String us(NegotiationCase c, String given) {
        String us = given != null ? given : c.preparation().profiles().stream().findFirst()
                .map(CounterpartProfile::holder).orElse(c.party(0).name());
        c.partyIndex(us);
        return us;
    }

    /**
     * The side we face: {@code given}, else the party our first profile is about, else the next party.
     *
     * @throws IllegalArgumentException if the party is unknown, or is our own side
     */
    public static String counterpart(NegotiationCase c, String us, String given) {
        String them = given != null ? given : defaultCounterpart(c, us);
        c.partyIndex(them);
        if (us.equals(them)) {
            throw new IllegalArgumentException("our side and the counterpart are the same party '" + us + "'");
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
