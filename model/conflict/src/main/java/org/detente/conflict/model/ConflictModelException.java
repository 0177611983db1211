package org.detente.conflict.model;

/**
 * A conflict model that breaks a rule of the graph model (an option controlled by two decision
 * makers, a ranking that is not a permutation of the feasible states, no feasible state, …). Names
 * the offending field in the GMCR+ save-file vocabulary (for example
 * {@code decisionMakers[1].preferenceRanking}), so that file readers can locate it.
 */
public final class ConflictModelException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problem;

    /**
     * @param field   the field path, or "" when the whole model is at fault
     * @param problem what is wrong, in words
     */
    public ConflictModelException(String field, String problem) {
        super(field.isEmpty() ? problem : field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    /** The field path, or "". */
    public String field() {
        return field;
    }

    /** What is wrong, without the field. */
    public String problem() {
        return problem;
    }
}
