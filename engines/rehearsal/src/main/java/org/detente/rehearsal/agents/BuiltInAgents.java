package org.detente.rehearsal.agents;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.detente.rehearsal.AgentFactory;
import org.detente.rehearsal.AgentProvider;
import org.detente.rehearsal.AgentRegistry;
import org.detente.rehearsal.boa.AcceptanceStrategy;
import org.detente.rehearsal.boa.BoaAgent;
import org.detente.rehearsal.boa.OpponentModel;
import org.detente.rehearsal.models.BayesianModel;
import org.detente.rehearsal.models.FrequencyModel;

/**
 * The built-in agents by name, as used on the command line and in tournament files.
 *
 * <table>
 * <caption>Built-in agents</caption>
 * <tr><th>name</th><th>bidding</th><th>acceptance</th><th>model</th></tr>
 * <tr><td>boulware</td><td>time-dependent e = 0.2</td><td>AC_next</td><td>none</td></tr>
 * <tr><td>linear</td><td>time-dependent e = 1</td><td>AC_next</td><td>none</td></tr>
 * <tr><td>conceder</td><td>time-dependent e = 2</td><td>AC_next</td><td>none</td></tr>
 * <tr><td>hardliner</td><td>time-dependent e = 0</td><td>AC_next</td><td>none</td></tr>
 * <tr><td>boulware-frequency</td><td>time-dependent e = 0.2, best of 100 near target</td><td>AC_next</td><td>frequency</td></tr>
 * <tr><td>tit-for-tat</td><td>relative tit-for-tat</td><td>AC_next</td><td>none</td></tr>
 * <tr><td>random</td><td>uniform above reservation value</td><td>AC_next</td><td>none</td></tr>
 * <tr><td>improviser</td><td colspan="3">{@link Improviser}</td></tr>
 * <tr><td>strategist</td><td colspan="3">{@link Strategist} with a frequency model</td></tr>
 * <tr><td>strategist-bayes</td><td colspan="3">{@link Strategist} with a Bayesian model (200 hypotheses)</td></tr>
 * </table>
 *
 * <p>And the classic agents of the automated negotiating agents competitions (ANAC), written from
 * their published descriptions (see {@code docs/agents.md}): {@code agentk} ({@link AgentK}, 2010),
 * {@code hardheaded} ({@link HardHeaded}, 2011), {@code cuhkagent} ({@link CuhkAgent}, 2012),
 * {@code atlas3} ({@link Atlas3}, 2015) and {@code nice-tit-for-tat} ({@link NiceTitForTat}).
 */
public final class BuiltInAgents {
    private BuiltInAgents() {
    }

    /** The standard registry: the built-in agents plus every {@link AgentProvider} on the class path. */
    public static AgentRegistry registry() {
        return registry(List.of());
    }

    /**
     * The built-in agents plus every {@link AgentProvider} on the class path and in {@code jars}
     * ({@link AgentRegistry#withProviders}); a provider's name already taken by a built-in agent keeps
     * the built-in one.
     *
     * @throws IllegalArgumentException if a jar's providers cannot be loaded (naming the jars)
     */
    public static AgentRegistry registry(List<Path> jars) {
        return AgentRegistry.of(all()).withProviders(jars);
    }

    /** Name → factory, in a stable order. */
    public static Map<String, AgentFactory> all() {
        var m = new LinkedHashMap<String, AgentFactory>();
        m.put("boulware", timeDependent(0.2));
        m.put("linear", timeDependent(1));
        m.put("conceder", timeDependent(2));
        m.put("hardliner", timeDependent(0));
        m.put("boulware-frequency", BoaAgent.factory(s -> new TimeDependentBidding(0.2, 0, 100),
                s -> AcceptanceStrategy.next(), s -> new FrequencyModel(s.own().space())));
        m.put("tit-for-tat", BoaAgent.factory(s -> new TitForTat(), s -> AcceptanceStrategy.next(),
                s -> OpponentModel.NONE));
        m.put("random", BoaAgent.factory(s -> new RandomBidding(s.random()), s -> AcceptanceStrategy.next(),
                s -> OpponentModel.NONE));
        m.put("improviser", s -> new Improviser(s.random()));
        m.put("strategist", s -> new Strategist(new FrequencyModel(s.own().space())));
        m.put("strategist-bayes", s -> new Strategist(new BayesianModel(s.own().space(), 200, s.random())));
        m.putAll(classic());
        return m;
    }

    /** The classic ANAC agents by name, in the order of their competitions. */
    public static Map<String, AgentFactory> classic() {
        var m = new LinkedHashMap<String, AgentFactory>();
        m.put("agentk", s -> new AgentK(s.own().size(), s.random()));
        m.put("hardheaded", s -> new HardHeaded(new FrequencyModel(s.own().space()), s.random()));
        m.put("cuhkagent", s -> new CuhkAgent(new FrequencyModel(s.own().space())));
        m.put("atlas3", s -> new Atlas3(s.own(), new FrequencyModel(s.own().space()), s.random()));
        m.put("nice-tit-for-tat", s -> new NiceTitForTat(new BayesianModel(s.own().space(), 200, s.random()), s.random()));
        return m;
    }

    /** A time-dependent agent (k = 0, no model, AC_next) with exponent {@code e}. */
    public static AgentFactory timeDependent(double e) {
        return BoaAgent.factory(s -> new TimeDependentBidding(e, 0, 1), s -> AcceptanceStrategy.next(), s -> OpponentModel.NONE);
    }
}
