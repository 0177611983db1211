package org.detente.web;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.detente.rehearsal.Action;
import org.detente.rehearsal.Agent;
import org.detente.rehearsal.NegotiationView;

/**
 * A person at the table: on their turn the session waits for the action they send through their
 * link. A person who sends nothing within the idle limit forfeits (the protocol's rule for an agent
 * that does not answer).
 */
final class PersonSeat implements Agent {
    private final PlayRoom room;
    private final int party;
    private final long idleMillis;
    private final LinkedBlockingQueue<Action> inbox = new LinkedBlockingQueue<>(1);

    PersonSeat(PlayRoom room, int party, long idleMillis) {
        this.room = room;
        this.party = party;
        this.idleMillis = idleMillis;
    }

    @Override
    public Action act(NegotiationView view) {
        room.yourTurn(party, view.round());
        try {
            Action a = inbox.poll(idleMillis, TimeUnit.MILLISECONDS);
            if (a == null) {
                throw new Idle("sent no action within " + idleMillis / 60_000 + " minutes");
            }
            return a;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Idle("the server stopped");
        }
    }

    /** Hands the person's action to the waiting session (called on their turn only). */
    void send(Action a) {
        if (!inbox.offer(a)) {
            throw new IllegalStateException("an action is already waiting for party " + party);
        }
    }

    /** Why a person forfeited; its text is the forfeit's reason. */
    static final class Idle extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Idle(String message) {
            super(message, null, false, false);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
