package org.detente.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.detente.brief.doc.Html;
import org.detente.brief.sections.BriefDocument;
import org.detente.model.DiscreteIssue;
import org.detente.model.Domain;
import org.detente.model.Issue;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;
import org.detente.model.Party;
import org.detente.model.Preferences;
import org.detente.model.ValueFunction;
import org.junit.jupiter.api.Test;

/** A part of the brief that cannot be computed says why, once, in the notes of the Risks section. */
class BriefPartsTest {

    /** Two additive parties over 8 issues of 10 values: 10^8 packages, beyond what sessions handle. */
    static NegotiationCase tooLargeToRehearse() {
        List<Issue> issues = new ArrayList<>();
        List<String> values = new ArrayList<>();
        List<Double> up = new ArrayList<>();
        List<Double> down = new ArrayList<>();
        for (int v = 0; v < 10; v++) {
            values.add("v" + v);
            up.add(v / 9.0);
            down.add(1 - v / 9.0);
        }
        List<Double> weights = new ArrayList<>();
        List<ValueFunction> a = new ArrayList<>();
        List<ValueFunction> b = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            issues.add(new DiscreteIssue("issue" + i, values));
            weights.add(1 / 8.0);
            a.add(new ValueFunction.Table(i % 2 == 0 ? up : down));
            b.add(new ValueFunction.Table(down));
        }
        Domain d = new Domain("large", issues);
        return new NegotiationCase("large", "", d, List.of(
                new Party("A", Preferences.of(new LinearAdditiveUtility(d, weights, a))),
                new Party("B", Preferences.of(new LinearAdditiveUtility(d, weights, b)))));
    }

    @Test
    void aCaseTooLargeForSessionsSaysWhyItHasNoRehearsalNoPairingsAndNoMediation() {
        BriefOptions o = BriefOptions.defaults().with(200, 4, 20, 1).withRepetitions(1).withMediation(true);
        Brief b = Brief.prepare(tooLargeToRehearse(), "A", "B", o, BriefListener.NONE);
        String why = "the outcome space has 100000000 outcomes; sessions handle at most 20000000";
        assertThat(b.pairings().whyNot()).contains(why);
        assertThat(b.rehearsal().whyNot()).contains(why);
        assertThat(b.mediation().whyNot()).contains(why);
        assertThat(b.notes()).containsExactly("No rehearsal: " + why + ".", "No mediation section: " + why + ".");
        String html = Html.render(BriefDocument.of(b));
        assertThat(html).contains("No rehearsal: " + why + ".").doesNotContain("Strategist against Improviser");
    }

    @Test
    void withoutMediationAskedForTheMediationPartIsNotComputedAndNotNoted() {
        BriefOptions o = BriefOptions.defaults().with(200, 4, 20, 1).withRepetitions(1);
        Brief b = Brief.prepare(tooLargeToRehearse(), "A", "B", o, BriefListener.NONE);
        assertThat(b.mediation().whyNot()).contains(Brief.NOT_MEDIATED);
        assertThat(b.notes()).hasSize(1).allMatch(n -> n.startsWith("No rehearsal: "));
    }
}
