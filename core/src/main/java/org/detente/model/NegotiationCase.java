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
 */
public record NegotiationCase(String name, String description, Domain domain, List<Party> parties,
                              List<Deal> deals) {

    /**
     * @throws IllegalArgumentException if fewer than two parties, names repeat, domains differ, or
     *                                  a deal does not fit the domain
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
    }

    /** A case without named deals. */
    public NegotiationCase(String name, String description, Domain domain, List<Party> parties) {
        this(name, description, domain, parties, List.of());
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
