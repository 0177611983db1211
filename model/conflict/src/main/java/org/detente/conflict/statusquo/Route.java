package org.detente.conflict.statusquo;

import java.util.List;

/**
 * How the status quo can reach one equilibrium.
 *
 * @param target     the equilibrium's state number
 * @param concepts   the concepts under which it is an equilibrium (JSON keys: "nash", "gmr", …,
 *                   "coalitionNash")
 * @param unilateral a shortest path of unilateral improvements (no decision maker twice in a row), or
 *                   null if there is none; empty if the target is the status quo
 * @param coalition  a shortest path of coalition improvements (each a coalition's or a single
 *                   decision maker's improvement, no coalition twice in a row), or null if none
 */
public record Route(int target, List<String> concepts, List<Step> unilateral, List<Step> coalition) {
    /** Copies the lists. */
    public Route {
        concepts = List.copyOf(concepts);
        unilateral = unilateral == null ? null : List.copyOf(unilateral);
        coalition = coalition == null ? null : List.copyOf(coalition);
    }
}
