package org.detente.rehearsal;

/** How a session ended. */
public enum Ending {
    /** Every other party accepted the standing offer. */
    AGREEMENT,
    /** A party walked away. */
    WALK_AWAY,
    /** The deadline passed without agreement. */
    DEADLINE,
    /** A party broke the rules (threw, offered something invalid, exceeded its time) and forfeited. */
    FORFEIT;

    /** The name used in files: lower case, hyphenated. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
