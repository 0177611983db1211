package org.detente.rehearsal;

/**
 * One party's view of an alternating-offers session: its own table, the deadline, its own copy of
 * the public history and the table's state on its turn. It holds no reference to an engine, a
 * scenario or other agents: an agent that tampers with it by reflection changes only what it sees.
 * The engine in this JVM ({@link Negotiation}) and the host of an agent in another process keep one
 * per party and update it before each turn.
 */
public final class SeatView implements NegotiationView {
    private final int me;
    private final int parties;
    private final UtilityTable own;
    private final Deadline deadline;
    private final PublicHistory history;
    private double time;
    private int round;
    private long standing = -1;
    private int proposer = -1;

    /**
     * @param me       the party's index
     * @param parties  the number of parties
     * @param own      its own table
     * @param deadline the session's deadline
     * @param capacity the offers its history holds before it grows
     */
    public SeatView(int me, int parties, UtilityTable own, Deadline deadline, int capacity) {
        this.me = me;
        this.parties = parties;
        this.own = own;
        this.deadline = deadline;
        this.history = new PublicHistory(capacity);
    }

    /** The table's state on this party's turn; returns this view. */
    public SeatView at(double now, int turnRound, long standingOffer, int standingBy) {
        time = now;
        round = turnRound;
        standing = standingOffer;
        proposer = standingBy;
        return this;
    }

    /** Adds an offer made by {@code party} at {@code at} to this party's copy of the history. */
    public void record(long outcome, int party, double at) {
        history.append(outcome, party, at);
    }

    @Override
    public int me() {
        return me;
    }

    @Override
    public int parties() {
        return parties;
    }

    @Override
    public UtilityTable own() {
        return own;
    }

    @Override
    public Deadline deadline() {
        return deadline;
    }

    @Override
    public double time() {
        return time;
    }

    @Override
    public int round() {
        return round;
    }

    @Override
    public OfferHistory history() {
        return history;
    }

    @Override
    public long standingOffer() {
        return standing;
    }

    @Override
    public int standingProposer() {
        return proposer;
    }
}
