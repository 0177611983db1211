package org.detente.analysis;

import java.util.List;

import org.detente.model.NegotiationCase;
import org.detente.model.Party;
import org.detente.model.Ratifier;

/**
 * Whether a package can become an agreement for one side facing one counterpart, as far as what is
 * known for certain goes: we can sign it (our utility reaches our reservation value, no red line of
 * ours is crossed, every one of our ratifiers accepts it) and it is ratified on the other side (every
 * ratifier of the counterpart accepts it and, in a case of more than two parties, every other party
 * accepts it by its stated preferences with all its ratifiers). The counterpart's own acceptance is
 * not part of it: that is what is uncertain.
 */
public final class Viability {
    private final Party us;
    private final List<Ratifier> home;
    private final List<Ratifier> away;
    private final List<Party> others;
    private final NegotiationCase c;

    /**
     * @param c           the case
     * @param us          our party
     * @param counterpart the party we face
     * @throws IllegalArgumentException if a party is unknown
     */
    public Viability(NegotiationCase c, String us, String counterpart) {
        this.c = c;
        this.us = c.party(c.partyIndex(us));
        Party them = c.party(c.partyIndex(counterpart));
        this.home = c.preparation().ratifiersOf(us);
        this.away = c.preparation().ratifiersOf(counterpart);
        this.others = c.parties().stream().filter(p -> p != this.us && p != them).toList();
    }

    /** Whether we can sign the package with these value indices. */
    public boolean weSign(int[] values) {
        return us.utility(values) >= us.preferences().reservationValue() - Zopas.SLACK
                && us.preferences().allows(values) && home.stream().allMatch(r -> r.accepts(values));
    }

    /** Whether the package with these value indices is ratified on the other side. */
    public boolean ratifiedThere(int[] values) {
        return away.stream().allMatch(r -> r.accepts(values)) && others.stream().allMatch(p -> accepts(p, values));
    }

    /** Both: the package is viable. */
    public boolean viable(int[] values) {
        return weSign(values) && ratifiedThere(values);
    }

    private boolean accepts(Party p, int[] v) {
        return p.utility(v) >= p.preferences().reservationValue() - Zopas.SLACK && p.preferences().allows(v)
                && c.preparation().ratifiersOf(p.name()).stream().allMatch(r -> r.accepts(v));
    }
}
