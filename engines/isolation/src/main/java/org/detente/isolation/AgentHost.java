package org.detente.isolation;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.detente.rehearsal.agents.BuiltInAgents;
import org.detente.rehearsal.Accept;
import org.detente.rehearsal.Action;
import org.detente.rehearsal.Agent;
import org.detente.rehearsal.AgentFactory;
import org.detente.rehearsal.AgentRegistry;
import org.detente.rehearsal.AgentSetup;
import org.detente.rehearsal.Deadline;
import org.detente.rehearsal.EndNegotiation;
import org.detente.rehearsal.Scenario;
import org.detente.rehearsal.SeatView;
import org.detente.rehearsal.UtilityTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main class of a Java agent's child process: plays any agent of the registry (the built-in ones,
 * those on the class path, those in {@code --agent-jar JAR} arguments) over the agent protocol on its
 * standard input and output, one session after another. What agents print goes to the standard error,
 * never into the protocol. It ends when its input ends.
 */
public final class AgentHost {
    private static final Logger LOG = LoggerFactory.getLogger(AgentHost.class);
    private static final int TABLES = 4;
    private final AgentRegistry registry;
    private final Map<List<Object>, UtilityTable> tables = new LinkedHashMap<>(TABLES, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, UtilityTable> eldest) {
            return size() > TABLES;
        }
    };
    private final java.util.Set<String> warm = new java.util.HashSet<>();
    private Agent agent;
    private SeatView view;

    AgentHost(AgentRegistry registry) {
        this.registry = registry;
    }

    /**
     * Runs the host as a process: the protocol on the standard output (what agents print goes to the
     * standard error instead), diagnostics through the log (the standard error, which the parent reads
     * for a forfeit's reason); exit 2 on bad arguments or a broken protocol, 0 when the input ends.
     *
     * @param args {@code --agent-jar JAR}, repeated
     */
    public static void main(String[] args) throws IOException {
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        List<Path> jars = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].equals("--agent-jar") || i + 1 == args.length) {
                LOG.error("detente agent host: usage: AgentHost [--agent-jar JAR]...");
                System.exit(2);
            }
            jars.add(Path.of(args[++i]));
        }
        AgentHost host = new AgentHost(BuiltInAgents.registry(jars));
        int status = host.serve(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), protocol);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Answers each message read from {@code in} on {@code out}, one line each, until the input ends.
     *
     * @return 0 when the input ended, 2 when a message broke the protocol (logged)
     */
    int serve(BufferedReader in, PrintStream out) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            Message reply;
            try {
                reply = handle(Wire.read(line, Message.ToAgent.class));
            } catch (IllegalArgumentException | IllegalStateException e) {
                LOG.error("detente agent host: {}", e.getMessage());
                return 2;
            }
            if (reply != null) {
                out.print(Wire.write(reply) + "\n");
                out.flush();
            }
        }
        return 0;
    }

    /**
     * Answers one message: {@link Message.Ready} (or {@link Message.Fail}) to a start, an answer to a
     * turn, nothing to a result.
     *
     * @throws IllegalStateException if the message comes out of turn
     */
    Message handle(Message.ToAgent m) {
        if (m instanceof Message.Start s) {
            return start(s);
        } else if (m instanceof Message.Act a) {
            return act(a);
        } else if (m instanceof Message.Result) {
            agent = null;
            view = null;
            return null;
        }
        throw new AssertionError(m);
    }

    private Message start(Message.Start s) {
        if (s.protocol() != Message.VERSION) {
            throw new IllegalStateException("protocol version " + s.protocol() + "; this host speaks " + Message.VERSION);
        }
        agent = null;
        view = null;
        try {
            UtilityTable own = tables.computeIfAbsent(List.of(s.domain(), s.preferences()), k -> UtilityTable.of(
                    Encoding.preferences(s.domain(), s.preferences()), Scenario.DEFAULT_MAX_OUTCOMES));
            AgentSetup setup = new AgentSetup(s.party(), s.parties().size(), own, new SplittableRandom(s.seed()));
            AgentFactory factory = registry.get(s.agent());
            Deadline deadline = Encoding.deadline(s.deadline());
            if (warm.add(s.agent())) {
                warmUp(factory, s.party(), s.parties().size(), own, deadline);
            }
            Agent a = factory.create(setup);
            if (a == null) {
                throw new NullPointerException("the factory returned no agent");
            }
            agent = a;
            view = new SeatView(s.party(), s.parties().size(), own, deadline, 64);
            return new Message.Ready(Message.VERSION);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new Message.Fail(e.toString());
        }
    }

    /**
     * Before an agent's first session in this process: two turns of throwaway instances (an opening
     * offer, an answer to the worst offer), so that loading and first compiling its classes is not
     * counted against its first action limit. What they do, throw or keep is forgotten; the session's
     * own agent is a fresh instance with its own generator.
     */
    private static void warmUp(AgentFactory factory, int me, int parties, UtilityTable own, Deadline deadline) {
        for (int turn = 0; turn < 2; turn++) {
            try {
                SeatView v = new SeatView(me, parties, own, deadline, 2);
                if (turn == 1) {
                    long worst = own.outcomeAt(own.ranks() - 1);
                    int other = (me + 1) % parties;
                    v.record(worst, other, 0);
                    v.at(0, 0, worst, other);
                }
                Agent a = factory.create(new AgentSetup(me, parties, own, new SplittableRandom(turn)));
                if (a != null) {
                    a.act(v);
                }
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                // a throwaway instance: its session will show what it does
            }
        }
    }

    private Message act(Message.Act a) {
        if (agent == null) {
            throw new IllegalStateException("'act' outside a session");
        }
        for (Message.Event e : a.events()) {
            if (e instanceof Message.Offered o) {
                view.record(Encoding.index(view.own().space(), o.outcome()), o.party(), o.time());
            } else if (!(e instanceof Message.Accepted)) {
                throw new AssertionError(e);
            }
        }
        view.at(a.time(), a.round(), a.standing() == null ? -1 : Encoding.index(view.own().space(), a.standing().outcome()),
                a.standing() == null ? -1 : a.standing().party());
        Action action;
        try {
            action = agent.act(view);
        } catch (RuntimeException | Error e) {
            agent = null;
            return new Message.Fail("threw " + e);
        }
        if (action instanceof org.detente.rehearsal.Offer o) {
            if (!view.own().contains(o.outcome())) {
                return new Message.Fail("offered outcome " + o.outcome() + ", outside [0, " + view.own().size() + ")");
            }
            view.record(o.outcome(), view.me(), a.time());
            return new Message.Offer(Encoding.outcome(view.own().space(), o.outcome()));
        } else if (action instanceof Accept) {
            return new Message.Accept();
        } else if (action instanceof EndNegotiation) {
            return new Message.End();
        } else if (action == null) {
            return new Message.Fail("returned no action");
        }
        throw new AssertionError(action);
    }
}
