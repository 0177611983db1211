package org.detente.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a case holds beyond the parties' preferences, for preparing a negotiation: each side's
 * beliefs about the others, the domestic constituencies that must ratify, and the gestures on
 * offer. Empty by default.
 *
 * @param profiles   counterpart profiles, at most one per (holder, about) pair
 * @param ratifiers  domestic ratifiers, distinct names
 * @param gestures   gestures, distinct names
 */
public record Preparation(List<CounterpartProfile> profiles, List<Ratifier> ratifiers, List<Gesture> gestures) {

    private static final Preparation NONE = new Preparation(List.of(), List.of(), List.of());

    /** @throws IllegalArgumentException if two profiles share a holder and subject, or names repeat */
    public Preparation {
        profiles = List.copyOf(profiles);
        ratifiers = List.copyOf(ratifiers);
        gestures = List.copyOf(gestures);
        Set<String> seen = new HashSet<>();
        for (CounterpartProfile p : profiles) {
            if (!seen.add(p.holder() + "\u0000" + p.about())) {
                throw new IllegalArgumentException("two profiles of '" + p.about() + "' are held by '" + p.holder() + "'");
            }
        }
        seen.clear();
        for (Ratifier r : ratifiers) {
            if (!seen.add(r.name())) {
                throw new IllegalArgumentException("two ratifiers are named '" + r.name() + "'");
            }
        }
        seen.clear();
        for (Gesture g : gestures) {
            if (!seen.add(g.name())) {
                throw new IllegalArgumentException("two gestures are named '" + g.name() + "'");
            }
        }
    }

    /** No profile, no ratifier, no gesture. */
    public static Preparation none() {
        return NONE;
    }

    /** Whether there is nothing in it. */
    public boolean isEmpty() {
        return profiles.isEmpty() && ratifiers.isEmpty() && gestures.isEmpty();
    }

    /** The ratifiers of {@code party}, in order. */
    public List<Ratifier> ratifiersOf(String party) {
        return ratifiers.stream().filter(r -> r.party().equals(party)).toList();
    }

    /** The profile of {@code about} held by {@code holder}, if there is one. */
    public Optional<CounterpartProfile> profile(String holder, String about) {
        return profiles.stream().filter(p -> p.holder().equals(holder) && p.about().equals(about)).findFirst();
    }

    /**
     * Checks that every party and issue named exists, returning this.
     *
     * @param domain  the case's domain
     * @param parties the case's party names
     * @throws IllegalArgumentException if a name or index is unknown, or a ratifier scores another domain
     */
    public Preparation checkFits(Domain domain, List<String> parties) {
        for (CounterpartProfile p : profiles) {
            party(parties, p.holder(), "the holder of a profile");
            party(parties, p.about(), "the subject of a profile");
            p.checkFits(domain);
        }
        for (Ratifier r : ratifiers) {
            party(parties, r.party(), "ratifier '" + r.name() + "'");
            if (!r.utility().domain().equals(domain)) {
                throw new IllegalArgumentException("ratifier '" + r.name() + "' has preferences over another domain");
            }
        }
        for (Gesture g : gestures) {
            party(parties, g.giver(), "the giver of gesture '" + g.name() + "'");
            party(parties, g.receiver(), "the receiver of gesture '" + g.name() + "'");
            for (int i : g.issues()) {
                if (i < 0 || i >= domain.size()) {
                    throw new IllegalArgumentException("gesture '" + g.name() + "' names issue #" + i
                            + " but the domain has " + domain.size() + " issues");
                }
            }
        }
        return this;
    }

    private static void party(List<String> parties, String name, String who) {
        if (!parties.contains(name)) {
            throw new IllegalArgumentException(who + " names the unknown party '" + name + "' (the parties are: "
                    + String.join(", ", parties) + ")");
        }
    }
}
