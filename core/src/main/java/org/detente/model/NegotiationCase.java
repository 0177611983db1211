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
 */
public record NegotiationCase(String name, String description, Domain domain, List<Party> parties) {

    /** @throws IllegalArgumentException if fewer than two parties, names repeat, or domains differ */
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
