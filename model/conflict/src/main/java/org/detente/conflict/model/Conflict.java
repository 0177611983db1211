package org.detente.conflict.model;

import java.util.List;
import java.util.Objects;

/**
 * A conflict in the graph model: binary options, the decision makers who control them, and the
 * patterns of infeasible states. Option k is bit k of a state's decimal number.
 *
 * <p>Checked on construction: every option is controlled by exactly one decision maker, every option
 * index (of a decision maker, a statement or a pattern) is in range, and there are at least two
 * decision makers, with distinct names. Rules that need the feasible states (rankings, at least one feasible state) are
 * checked when the state space is built.
 *
 * @param name           a title, may be empty
 * @param options        the options, in numbering order
 * @param decisionMakers the decision makers, at least two
 * @param infeasible     patterns of infeasible states
 */
public record Conflict(String name, List<ConflictOption> options, List<DecisionMaker> decisionMakers,
                       List<Pattern> infeasible) {

    /**
     * @throws ConflictModelException if a rule above is broken; its field names the culprit in GMCR+
     *                                terms ({@code decisionMakers[1].options[0]}, …)
     */
    public Conflict {
        Objects.requireNonNull(name, "name");
        options = List.copyOf(options);
        decisionMakers = List.copyOf(decisionMakers);
        infeasible = List.copyOf(infeasible);
        if (options.isEmpty()) {
            throw new ConflictModelException("options", "a conflict needs at least one option");
        }
        if (options.size() > 62) {
            throw new ConflictModelException("options", "at most 62 options are supported, not " + options.size());
        }
        if (decisionMakers.size() < 2) {
            throw new ConflictModelException("decisionMakers", "a conflict needs at least two decision makers, not "
                    + decisionMakers.size());
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int d = 0; d < decisionMakers.size(); d++) {
            if (!names.add(decisionMakers.get(d).name())) {
                throw new ConflictModelException("decisionMakers[" + d + "].name", "the name '"
                        + decisionMakers.get(d).name() + "' is used by two decision makers");
            }
        }
        int[] owner = new int[options.size()];
        java.util.Arrays.fill(owner, -1);
        for (int d = 0; d < decisionMakers.size(); d++) {
            DecisionMaker dm = decisionMakers.get(d);
            for (int k = 0; k < dm.options().size(); k++) {
                int o = dm.options().get(k);
                String field = "decisionMakers[" + d + "].options[" + k + "]";
                if (o < 0 || o >= options.size()) {
                    throw new ConflictModelException(field, "option index " + o + " is out of range (0.."
                            + (options.size() - 1) + ")");
                }
                if (owner[o] >= 0) {
                    throw new ConflictModelException(field, "option " + o + " ('" + options.get(o).name()
                            + "') is already controlled by '" + decisionMakers.get(owner[o]).name() + "'");
                }
                owner[o] = d;
            }
            if (dm.preferences() instanceof Preferences.Prioritised p) {
                for (int k = 0; k < p.statements().size(); k++) {
                    int max = p.statements().get(k).maxOption();
                    if (max >= options.size()) {
                        throw new ConflictModelException("decisionMakers[" + d + "].preferences[" + k + "]",
                                "option index " + max + " is out of range (0.." + (options.size() - 1) + ")");
                    }
                }
            }
        }
        for (int o = 0; o < owner.length; o++) {
            if (owner[o] < 0) {
                throw new ConflictModelException("options[" + o + "]", "option '" + options.get(o).name()
                        + "' is controlled by no decision maker");
            }
        }
        for (int k = 0; k < infeasible.size(); k++) {
            if (infeasible.get(k).maxOption() >= options.size()) {
                throw new ConflictModelException("infeasibles[" + k + "]", "option index "
                        + infeasible.get(k).maxOption() + " is out of range (0.." + (options.size() - 1) + ")");
            }
        }
    }

    /** The index of the decision maker who controls option {@code option}. */
    public int owner(int option) {
        for (int d = 0; d < decisionMakers.size(); d++) {
            if (decisionMakers.get(d).options().contains(option)) {
                return d;
            }
        }
        throw new IllegalArgumentException("no option " + option);
    }
}
