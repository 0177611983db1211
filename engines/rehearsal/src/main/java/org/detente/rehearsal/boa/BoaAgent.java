package org.detente.rehearsal.boa;

import java.util.Objects;
import java.util.function.Function;

import org.detente.rehearsal.Accept;
import org.detente.rehearsal.Action;
import org.detente.rehearsal.Agent;
import org.detente.rehearsal.AgentFactory;
import org.detente.rehearsal.AgentSetup;
import org.detente.rehearsal.NegotiationView;
import org.detente.rehearsal.Offer;

/**
 * An agent composed of a bidding strategy, an acceptance strategy and an opponent model (the BOA
 * split of GENIUS). On its turn it shows the model every offer the others made since its last turn,
 * asks the bidding strategy for its next offer, and accepts the standing offer if the acceptance
 * strategy agrees, else makes that offer. With more than two parties the one model learns from
 * every other party's offers.
 */
public final class BoaAgent implements Agent {
    private final BiddingStrategy bidding;
    private final AcceptanceStrategy acceptance;
    private final OpponentModel model;
    private final TheirOffers theirs;

    /**
     * @param bidding    chooses offers
     * @param acceptance decides on the standing offer
     * @param model      learns the other side ({@link OpponentModel#NONE} for none)
     */
    public BoaAgent(BiddingStrategy bidding, AcceptanceStrategy acceptance, OpponentModel model) {
        this.bidding = Objects.requireNonNull(bidding, "bidding");
        this.acceptance = Objects.requireNonNull(acceptance, "acceptance");
        this.model = Objects.requireNonNull(model, "model");
        this.theirs = new TheirOffers(model);
    }

    /** A factory making a BOA agent whose parts are built from the setup. */
    public static AgentFactory factory(Function<AgentSetup, BiddingStrategy> bidding,
                                       Function<AgentSetup, AcceptanceStrategy> acceptance,
                                       Function<AgentSetup, OpponentModel> model) {
        return setup -> new BoaAgent(bidding.apply(setup), acceptance.apply(setup), model.apply(setup));
    }

    @Override
    public Action act(NegotiationView view) {
        theirs.observe(view);
        long next = bidding.nextOffer(view, model);
        long standing = view.standingOffer();
        if (standing >= 0 && view.standingProposer() != view.me()
                && view.own().permits(standing) && acceptance.accept(view, standing, next)) {
            return Accept.INSTANCE;
        }
        return new Offer(next);
    }
}
