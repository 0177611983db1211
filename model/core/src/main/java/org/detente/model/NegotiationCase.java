package org.detente.model;

import java.util.HashSet;
import java.util.List;

/**
 * A negotiation: the domain and the parties (two or more), each with preferences over that domain.
 *
 * @param name        the case's name
 * @param description free text (may be empty)
 * @param domain      the issues
 * @param parties     the parties, distinct names, in order
 * @param deals       named packages to examine (status quo, past agreements, proposals), distinct
 *                    names; may be empty
 * @param preparation counterpart profiles, domestic ratifiers and gestures; {@link Preparation#none()}
 *                    when the case has none
 */
public record NegotiationCase(String name, String description, Domain domain, List<Party> parties,
                              List<Deal> deals, Preparation preparation) {

    /**
     * @throws IllegalArgumentException if fewer than two parties, names repeat, domains differ, a
     *                                  deal does not fit the domain, or the preparation names an
     *                                  unknown party or issue
     */
    public NegotiationCase {
        name = Checks.name(name, "case name");
        description = description == null ? "" : description;
        parties = List.copyOf(parties);
        if (parties.size() < 2) {
            throw new IllegalArgumentException("a case needs at least two parties, found " + parties.size());
        }
        var names = new HashSet<String>();
        for (Party p : parties) {
            if (!names.add(p.name())) {
                throw new IllegalArgumentException("two parties are named '" + p.name() + "'");
            }
            if (!p.preferences().utility().domain().equals(domain)) {
                throw new IllegalArgumentException("party '" + p.name() + "' has preferences over another domain");
            }
        }
        deals = List.copyOf(deals);
        var dealNames = new HashSet<String>();
        for (Deal d : deals) {
            if (!dealNames.add(d.name())) {
                throw new IllegalArgumentException("two deals are named '" + d.name() + "'");
            }
            if (d.outcome().size() != domain.size()) {
                throw new IllegalArgumentException("deal '" + d.name() + "' gives " + d.outcome().size()
                        + " values for " + domain.size() + " issues");
            }
            for (int i = 0; i < domain.size(); i++) {
                Issue issue = domain.issue(i);
                if (!issue.enumerable() || d.outcome().value(i) >= issue.cardinality()) {
                    throw new IllegalArgumentException("deal '" + d.name() + "' has no valid value for issue '"
                            + issue.name() + "'");
                }
            }
        }
        preparation = java.util.Objects.requireNonNull(preparation, "preparation")
                .checkFits(domain, parties.stream().map(Party::name).toList());
    }

    /** A case without preparation. */
    public NegotiationCase(String name, String description, Domain domain, List<Party> parties, List<Deal> deals) {
        this(name, description, domain, parties, deals, Preparation.none());
    }

    /** A case without named deals or preparation. */
    public NegotiationCase(String name, String description, Domain domain, List<Party> parties) {
        this(name, description, domain, parties, List.of(), Preparation.none());
    }

    /** This case with another preparation. */
    public NegotiationCase withPreparation(Preparation preparation) {
        return new NegotiationCase(name, description, domain, parties, deals, preparation);
    }

    /**
     * Index of the party named {@code partyName}.
     *
     * @throws IllegalArgumentException if there is none (the message lists the parties)
     */
    public int partyIndex(String partyName) {
        for (int i = 0; i < parties.size(); i++) {
            if (parties.get(i).name().equals(partyName)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no party is named '" + partyName + "' (the parties are: "
                + String.join(", ", partyNames()) + ")");
    }

    /** Party names in order. */
    public List<String> partyNames() {
        return parties.stream().map(Party::name).toList();
    }

    /** The party at {@code index}. */
    public Party party(int index) {
        return parties.get(index);
    }
}
