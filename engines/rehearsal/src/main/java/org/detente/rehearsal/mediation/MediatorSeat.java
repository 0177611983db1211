package org.detente.rehearsal.mediation;

import org.detente.model.OutcomeSpace;

/**
 * The mediator's side of the table: the answers, never the parties' preferences. It holds its own
 * copy of the answers and nothing that leads back to the engine, the scenario or the parties, so
 * a mediator that reads it by reflection learns no more, and one that alters it alters only what
 * it sees itself.
 */
public final class MediatorSeat implements MediatorView {
    private final int parties;
    private final OutcomeSpace space;
    private final Answer[] answers;
    private int round;
    private double time;
    private boolean lastRound;
    private Question last;

    /**
     * @param parties number of parties
     * @param space   the outcome space
     */
    public MediatorSeat(int parties, OutcomeSpace space) {
        this.parties = parties;
        this.space = space;
        this.answers = new Answer[parties];
    }

    /**
     * This view, brought up to a round: the answers are copied.
     *
     * @param round     the round, 0-based
     * @param time      normalised time
     * @param lastRound whether it is the last round before the deadline
     * @param last      the previous question, or null
     * @param answers   each party's answer to it
     * @return this view
     */
    public MediatorSeat at(int round, double time, boolean lastRound, Question last, Answer[] answers) {
        this.round = round;
        this.time = time;
        this.lastRound = lastRound;
        this.last = last;
        System.arraycopy(answers, 0, this.answers, 0, parties);
        return this;
    }

    @Override
    public int parties() {
        return parties;
    }

    @Override
    public OutcomeSpace space() {
        return space;
    }

    @Override
    public int round() {
        return round;
    }

    @Override
    public double time() {
        return time;
    }

    @Override
    public boolean lastRound() {
        return lastRound;
    }

    @Override
    public Question last() {
        return last;
    }

    @Override
    public Answer answer(int p) {
        return answers[p];
    }
}
