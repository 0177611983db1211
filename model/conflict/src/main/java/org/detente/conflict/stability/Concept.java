package org.detente.conflict.stability;

/** The stability concepts of the graph model. */
public enum Concept {
    /** Nash stability (R): the decision maker has no unilateral improvement. */
    NASH("nash", "Nash"),
    /** General metarationality: every improvement can be sanctioned by the others' legal moves. */
    GMR("gmr", "GMR"),
    /** Symmetric metarationality: sanctioned, and no escape from the sanction by a counter-move. */
    SMR("smr", "SMR"),
    /** Sequential stability: sanctioned by the others' credible moves (unilateral improvements). */
    SEQ("seq", "SEQ"),
    /** Simultaneous sanctioning: sanctioned by the others' improvements made at the same time. */
    SIM("sim", "SIM"),
    /** Both SEQ and SIM. */
    SEQ_SIM("seqSim", "SEQ∧SIM"),
    /** Limited move stability with horizon h, L(h). */
    LIMITED("limited", "L(h)");

    private final String key;
    private final String label;

    Concept(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The key used in JSON output ({@code "nash"}, {@code "seqSim"}, …). */
    public String key() {
        return key;
    }

    /** The short label used in tables. */
    public String label() {
        return label;
    }
}
