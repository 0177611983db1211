package org.detente.rehearsal.mediation;

import org.detente.rehearsal.PartyView;

/**
 * A party at a mediated table: it answers the mediator's questions. A respondent that throws,
 * returns no answer, answers a ballot with a comparison (or a draft with a vote), accepts a text its
 * own red lines refuse, or takes longer than the action limit forfeits.
 */
@FunctionalInterface
public interface Respondent {
    /**
     * Answers one question.
     *
     * @param view     what the party sees
     * @param question the mediator's question
     * @return a {@link Answer.Vote} for a ballot, a {@link Answer.Comparison} for a draft
     */
    Answer answer(PartyView view, Question question);
}
