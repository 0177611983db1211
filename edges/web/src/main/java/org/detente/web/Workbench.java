package org.detente.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.detente.formats.InputException;
import org.detente.formats.casefile.CaseFiles;
import org.detente.formats.casefile.Format;
import org.detente.model.NegotiationCase;
import org.detente.rehearsal.AgentRegistry;
import org.detente.rehearsal.Scenario;
import org.detente.web.store.Cases;
import org.detente.web.store.Store;

/**
 * What every route shares: the store, the agents, and the scenarios prepared for sessions (the
 * last few, by case and revision, so a second rehearsal of a case does not build its tables again).
 */
final class Workbench {
    private static final int SCENARIOS_KEPT = 8;

    private final Store store;
    private final AgentRegistry agents;
    private final Map<String, Scenario> scenarios = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Scenario> eldest) {
            return size() > SCENARIOS_KEPT;
        }
    };

    Workbench(Store store, AgentRegistry agents) {
        this.store = store;
        this.agents = agents;
    }

    Store store() {
        return store;
    }

    AgentRegistry agents() {
        return agents;
    }

    /**
     * A stored case and its model.
     *
     * @param row    the stored row
     * @param model  the case read from it
     */
    record Loaded(Cases.Row row, NegotiationCase model) {
    }

    /** The case with this id, read. */
    Loaded load(String id) {
        Cases.Row row = store.cases().get(id).orElseThrow(() -> ApiException.notFound("no case with id '" + id + "'"));
        try {
            return new Loaded(row, CaseFiles.read("case " + id, row.body(), Format.JSON));
        } catch (InputException e) {
            throw new IllegalStateException("the stored case " + id + " no longer reads: " + e.getMessage(), e);
        }
    }

    /** The case's scenario (utility tables and analysis), prepared once per revision. */
    Scenario scenario(Loaded c) {
        String key = c.row().id() + "@" + c.row().revision();
        synchronized (scenarios) {
            Scenario s = scenarios.get(key);
            if (s != null) {
                return s;
            }
        }
        Scenario s = Scenario.prepare(c.model().name(), c.model(), Scenario.DEFAULT_MAX_OUTCOMES);
        synchronized (scenarios) {
            scenarios.put(key, s);
        }
        return s;
    }
}
