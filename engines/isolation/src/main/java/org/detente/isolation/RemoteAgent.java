package org.detente.isolation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;

import org.detente.model.OutcomeSpace;
import org.detente.rehearsal.Accept;
import org.detente.rehearsal.Action;
import org.detente.rehearsal.AgentFault;
import org.detente.rehearsal.AgentSetup;
import org.detente.rehearsal.EndNegotiation;
import org.detente.rehearsal.NegotiationView;
import org.detente.rehearsal.OfferHistory;
import org.detente.rehearsal.Seeds;
import org.detente.rehearsal.SessionAgent;
import org.detente.rehearsal.SessionResult;
import org.detente.rehearsal.SessionSpec;

/**
 * One party of one session played by a child process: each turn becomes an {@link Message.Act} and
 * the process's answer an action. A process that does not answer within the action limit or its
 * session's budget is killed; one that exits, writes what is not the protocol's, answers out of turn
 * or gives up is killed too; in every case the agent forfeits with the reason, and the next session
 * gets a fresh process. After the session the process is told the result and goes back to the pool.
 */
final class RemoteAgent implements SessionAgent {
    private static final long RESULT_NANOS = 1_000_000_000L;
    private static final int MAX_REASON = 500;
    private final ProcessPool pool;
    private final OutcomeSpace space;
    private final int me;
    private final int parties;
    private final long actionNanos;
    private final long sessionNanos;
    private Child child;
    private long used;
    private int seen;
    private boolean first = true;
    private boolean offered;

    private RemoteAgent(ProcessPool pool, Child child, AgentSetup setup, long actionNanos) {
        this.pool = pool;
        this.child = child;
        this.space = setup.own().space();
        this.me = setup.party();
        this.parties = setup.parties();
        this.actionNanos = actionNanos;
        this.sessionNanos = pool.limits().session().toNanos();
    }

    /**
     * Takes a process, tells it the session and waits until it is ready (within the session's budget).
     *
     * @throws AgentFault if it cannot be started, or does not get ready
     */
    static RemoteAgent start(ProcessPool pool, Launch launch, String name, SessionSpec spec, AgentSetup setup) {
        Child c;
        try {
            c = pool.acquire(launch);
        } catch (IOException e) {
            throw new AgentFault("could not start " + launch.command(pool.limits().memoryMiB()) + ": " + e.getMessage());
        }
        RemoteAgent a = new RemoteAgent(pool, c, setup, spec.actionLimit().toNanos());
        var start = new Message.Start(Message.VERSION, spec.id(), name, setup.party(),
                spec.scenario().negotiationCase().partyNames(), Encoding.deadline(spec.deadline()),
                spec.actionLimit().toMillis(), pool.limits().session().toMillis(), Seeds.party(spec.seed(), setup.party()),
                Encoding.domain(setup.own().space().domain()), Encoding.preferences(setup.own().preferences()));
        Message.FromAgent answer = a.call(start, Message.FromAgent.class, false);
        if (answer instanceof Message.Fail f) {
            throw a.fault(f.reason());
        }
        if (!(answer instanceof Message.Ready ready)) {
            throw a.fault("broke the protocol: a '" + Wire.name(answer) + "' message where 'ready' was due");
        }
        if (ready.protocol() != Message.VERSION) {
            throw a.fault("broke the protocol: it speaks version " + ready.protocol() + ", this is version " + Message.VERSION);
        }
        return a;
    }

    @Override
    public Action act(NegotiationView view) {
        if (child == null) {
            throw new AgentFault("its process is gone");
        }
        OfferHistory h = view.history();
        if (offered) {
            seen++; // its own offer, last turn
        }
        List<Message.Event> events = new ArrayList<>(parties - 1);
        int i = seen;
        for (int k = first ? 0 : (me + 1) % parties; k != me; k = (k + 1) % parties) {
            if (i < h.size() && h.party(i) == k) {
                events.add(new Message.Offered(k, Encoding.outcome(space, h.outcome(i)), h.time(i)));
                i++;
            } else {
                events.add(new Message.Accepted(k));
            }
        }
        seen = h.size();
        first = false;
        long standing = view.standingOffer();
        Message.Answer answer = call(new Message.Act(view.round(), view.time(), events, standing < 0 ? null
                : new Message.Standing(view.standingProposer(), Encoding.outcome(space, standing))),
                Message.Answer.class, true);
        offered = false;
        if (answer instanceof Message.Offer o) {
            long index;
            try {
                index = Encoding.index(space, o.outcome());
            } catch (IllegalArgumentException e) {
                throw fault("broke the protocol: offered " + o.outcome() + ": " + e.getMessage());
            }
            offered = true;
            return new org.detente.rehearsal.Offer(index);
        } else if (answer instanceof Message.Accept) {
            return Accept.INSTANCE;
        } else if (answer instanceof Message.End) {
            return EndNegotiation.INSTANCE;
        } else if (answer instanceof Message.Fail f) {
            throw fault(f.reason());
        }
        throw new AssertionError(answer);
    }

    @Override
    public void ended(SessionResult result) {
        Child c = child;
        child = null;
        if (c == null) {
            return;
        }
        if (result == null) {
            pool.discard(c, "the session stopped");
            return;
        }
        var message = new Message.Result(result.ending().label(), result.endedBy(), result.reason(),
                result.agreement() ? Encoding.outcome(space, result.outcomeIndex()) : null, result.time(),
                result.rounds(), result.offers(), result.utilities().get(me));
        ScheduledFuture<?> d = pool.deadline(c, RESULT_NANOS, "did not take the session's result");
        try {
            c.send(Wire.write(message));
        } catch (IOException e) {
            pool.discard(c, "did not take the session's result");
            return;
        } finally {
            d.cancel(false);
        }
        pool.release(c);
    }

    /**
     * Sends a message and reads the answer of the type due, within the time left: the action limit
     * (for a turn) and the session's budget.
     */
    private <T extends Message> T call(Message m, Class<T> type, boolean turn) {
        long sessionLeft = sessionNanos > 0 ? sessionNanos - used : Long.MAX_VALUE;
        long actionLeft = turn && actionNanos > 0 ? actionNanos : Long.MAX_VALUE;
        String late = actionLeft <= sessionLeft
                ? "did not answer within the action limit of " + actionNanos / 1_000_000 + " ms (its process was killed)"
                : "used up its session limit of " + sessionNanos / 1_000_000 + " ms (its process was killed)";
        long wait = Math.min(actionLeft, sessionLeft);
        if (wait <= 0) {
            throw fault(late);
        }
        ScheduledFuture<?> deadline = wait == Long.MAX_VALUE ? null : pool.deadline(child, wait, late);
        long t0 = System.nanoTime();
        String line;
        try {
            child.send(Wire.write(m));
            line = child.receive();
        } catch (Child.LineTooLong e) {
            throw fault("broke the protocol: wrote a line longer than " + Child.MAX_LINE + " bytes");
        } catch (IOException e) {
            line = null;
        } finally {
            if (deadline != null) {
                deadline.cancel(false);
            }
            used += System.nanoTime() - t0;
        }
        if (child.killedFor() != null) {
            throw fault(child.killedFor());
        }
        if (line == null) {
            throw fault("its process " + child.exitReason());
        }
        try {
            return Wire.read(line, type);
        } catch (IllegalArgumentException e) {
            throw fault("broke the protocol: " + e.getMessage());
        }
    }

    /** Kills the process (the next session gets a fresh one) and returns the fault to throw. */
    private AgentFault fault(String reason) {
        String why = reason.isBlank() ? "gave up" : reason.strip();
        why = why.length() > MAX_REASON ? why.substring(0, MAX_REASON) + "…" : why;
        Child c = child;
        child = null;
        if (c != null) {
            pool.discard(c, why);
        }
        return new AgentFault(why);
    }
}
