package org.detente.web;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

import org.detente.model.Domain;
import org.detente.rehearsal.Accept;
import org.detente.rehearsal.Action;
import org.detente.rehearsal.EndNegotiation;
import org.detente.rehearsal.Offer;

import tools.jackson.databind.JsonNode;

/**
 * What a person can do at the table, as the play pages say it ({@code POST /api/play/{token}/{action}})
 * and as the session log records it: the closed set of words, parsed before anything reaches the
 * session, so that an unknown word is refused (400) and ends nothing.
 */
enum PlayAction {
    /** Offer the package in the body ({@code {"outcome": {issue: value}}}). */
    OFFER("offer"),
    /** Accept the other side's standing offer. */
    ACCEPT("accept"),
    /** End the negotiation without agreement. */
    WALK_AWAY("walk-away");

    private final String word;

    PlayAction(String word) {
        this.word = word;
    }

    /** The word in the URL and in the log. */
    String word() {
        return word;
    }

    /** The action a word names, or empty when it names none. */
    static Optional<PlayAction> of(String word) {
        return Arrays.stream(values()).filter(a -> a.word.equals(word)).findFirst();
    }

    /**
     * The action a request names.
     *
     * @throws ApiException 400 naming the field {@code action} when the word names no action
     */
    static PlayAction parse(String word) {
        return of(word).orElseThrow(() -> ApiException.badRequest("action", "unknown action '" + word
                + "': the table takes " + String.join(", ", Arrays.stream(values()).map(PlayAction::word).toList())));
    }

    /**
     * The protocol's action for this word.
     *
     * @param domain the case's domain, to read an offer's package
     * @param body   the request's body (read only for an offer)
     * @throws ApiException 400 when an offer's package is not one of the domain's
     */
    Action toAction(Domain domain, Supplier<JsonNode> body) {
        return switch (this) {
            case OFFER -> new Offer(domain.outcomeSpace().encode(PlayViews.outcome(domain, body.get()).toArray()));
            case ACCEPT -> new Accept();
            case WALK_AWAY -> new EndNegotiation();
        };
    }
}
