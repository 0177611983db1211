package org.detente.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.detente.model.NegotiationCase;
import org.detente.rehearsal.Accept;
import org.detente.rehearsal.Action;
import org.detente.rehearsal.AgentRegistry;
import org.detente.rehearsal.Deadline;
import org.detente.rehearsal.EndNegotiation;
import org.detente.rehearsal.NegotiationEvent;
import org.detente.rehearsal.Offer;
import org.detente.rehearsal.Scenario;
import org.detente.rehearsal.SessionOptions;
import org.detente.rehearsal.SessionResult;
import org.detente.rehearsal.SessionSpec;
import org.detente.rehearsal.Sessions;

import tools.jackson.databind.JsonNode;

/**
 * One live play session: the rehearsal protocol run on its own thread, with a {@link PersonSeat}
 * for each person and registry agents for the other seats. Its state — whose turn, the standing
 * offer, every action so far — is kept under the room's lock for the people's pages to read.
 */
final class PlayRoom {
    /** The agent name that stands for a person in results. */
    static final String PERSON = "person";

    /**
     * One action at the table.
     *
     * @param round   the round
     * @param party   who acted
     * @param action  what they did
     * @param outcome the outcome index offered, or -1
     */
    record Entry(int round, int party, PlayAction action, long outcome) {
    }

    /**
     * What the pages see at one moment.
     *
     * @param log    every action so far
     * @param turn   the person whose turn it is, or -1 (an agent is acting, or it is over)
     * @param round  the current round
     * @param result the session JSON once it is over, or null
     */
    record Snapshot(List<Entry> log, int turn, int round, JsonNode result) {
    }

    /**
     * A session once over, as stored and shown to the facilitator.
     *
     * @param result the {@code negotiate --json} object
     * @param trace  every offer ({@link RehearsalApi.Session#trace()})
     * @param log    every action at the table
     */
    record Ended(JsonNode result, List<JsonNode> trace, List<Logged> log) {
    }

    /** One action at the table, as stored: {@link Entry} with the outcome named {@code outcomeIndex}. */
    record Logged(int round, int party, String action, long outcomeIndex) {
    }

    private final String id;
    private final NegotiationCase negotiationCase;
    private final JsonNode request;
    private final Scenario scenario;
    private final List<String> seats;
    private final PersonSeat[] persons;
    private final List<Entry> log = new ArrayList<>();
    private int turn = -1;
    private int round;
    private long standing = -1;
    private int standingBy = -1;
    private JsonNode result;
    private long version;

    /**
     * @param request the play's request as stored ({@link PlayRooms.Request}), read once for the pages
     */
    PlayRoom(String id, NegotiationCase c, JsonNode request, Scenario scenario, List<String> seats, long idleMillis) {
        this.id = id;
        this.negotiationCase = c;
        this.request = request;
        this.scenario = scenario;
        this.seats = List.copyOf(seats);
        this.persons = new PersonSeat[seats.size()];
        for (int p = 0; p < seats.size(); p++) {
            if (seats.get(p).equals(PERSON)) {
                persons[p] = new PersonSeat(this, p, idleMillis);
            }
        }
    }

    String id() {
        return id;
    }

    NegotiationCase negotiationCase() {
        return negotiationCase;
    }

    JsonNode request() {
        return request;
    }

    /**
     * Plays the session to its end on the calling thread; {@code onEnd} receives the session JSON.
     */
    void run(AgentRegistry agents, int rounds, long seed, Consumer<JsonNode> onEnd) {
        AgentRegistry registry = agents.with(PERSON, setup -> persons[setup.party()]);
        SessionSpec spec = new SessionSpec(id, scenario, seats, Deadline.rounds(rounds), seed, Duration.ZERO);
        SessionResult r = Sessions.run(spec, registry, SessionOptions.defaults().withTrace(true).withListener(this::event));
        RehearsalApi.Session session = RehearsalApi.session(negotiationCase, r);
        JsonNode json;
        synchronized (this) {
            json = Requests.JSON.valueToTree(new Ended(session.result(), session.trace(),
                    log.stream().map(e -> new Logged(e.round(), e.party(), e.action().word(), e.outcome())).toList()));
            result = json;
            turn = -1;
            version++;
            notifyAll();
        }
        onEnd.accept(json);
    }

    private synchronized void event(NegotiationEvent e) {
        if (e instanceof NegotiationEvent.OfferMade o) {
            log.add(new Entry(o.round(), o.party(), PlayAction.OFFER, o.outcome()));
            standing = o.outcome();
            standingBy = o.party();
        } else if (e instanceof NegotiationEvent.Accepted a) {
            log.add(new Entry(a.round(), a.party(), PlayAction.ACCEPT, -1));
        } else if (e instanceof NegotiationEvent.WalkedAway w) {
            log.add(new Entry(w.round(), w.party(), PlayAction.WALK_AWAY, -1));
        } else if (!(e instanceof NegotiationEvent.Agreement || e instanceof NegotiationEvent.DeadlineReached
                || e instanceof NegotiationEvent.Forfeited)) {
            // the end of the session reaches the pages as its result, not as an action
            throw new AssertionError(e);
        }
        version++;
        notifyAll();
    }

    /** Called by a person's seat when the session waits for them. */
    synchronized void yourTurn(int party, int atRound) {
        turn = party;
        round = atRound;
        version++;
        notifyAll();
    }

    /**
     * A person's action: checked against the table, handed to the session, and answered once the
     * table waits for a person again or the session is over (or after {@code waitMillis}).
     *
     * @throws ApiException 409 when it is not their turn or the session is over; 400 for an accept
     *                      with no offer of another party on the table
     */
    void act(int party, Action a, long waitMillis) throws InterruptedException {
        long seen;
        synchronized (this) {
            if (result != null) {
                throw new ApiException(409, "", "the session is over");
            }
            if (turn != party) {
                throw new ApiException(409, "", "it is not your turn: wait for the other side's move");
            }
            if (a instanceof Accept && (standing < 0 || standingBy == party)) {
                throw ApiException.badRequest("", "there is no offer of the other side's to accept");
            }
            long outcome;
            if (a instanceof Offer o) {
                outcome = o.outcome();
            } else if (a instanceof Accept) {
                outcome = standing;
            } else if (a instanceof EndNegotiation) {
                outcome = -1;
            } else {
                throw new AssertionError(a);
            }
            if (outcome >= 0 && !scenario.table(party).permits(outcome)) {
                throw ApiException.badRequest(a instanceof Offer ? "outcome" : "",
                        "your red lines refuse this package: " + (a instanceof Offer ? "offer" : "accept")
                        + " one within them (the protocol forfeits a party that crosses its own red lines)");
            }
            turn = -1;
            seen = ++version;
            persons[party].send(a);
        }
        long until = System.nanoTime() + waitMillis * 1_000_000;
        synchronized (this) {
            while (result == null && !(turn >= 0 && version > seen)) {
                long left = (until - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    break;
                }
                wait(left);
            }
        }
    }

    /** Whether party's red lines permit the outcome. */
    boolean permits(int party, long outcome) {
        return scenario.table(party).permits(outcome);
    }

    /** The room's state now. */
    synchronized Snapshot snapshot() {
        return new Snapshot(List.copyOf(log), turn, round, result);
    }
}
