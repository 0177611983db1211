package org.detente.formats.gmcr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.detente.conflict.model.Condition;
import org.detente.conflict.model.Conflict;
import org.detente.conflict.model.ConflictModelException;
import org.detente.conflict.model.ConflictOption;
import org.detente.conflict.model.DecisionMaker;
import org.detente.conflict.model.Direction;
import org.detente.conflict.model.Pattern;
import org.detente.conflict.model.Preferences;
import org.detente.conflict.stability.StateSpace;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Writing a random conflict as YAML or GMCR+ JSON and reading it back keeps states and preferences. */
class GmcrRoundTripPropertiesTest {

    @Property(tries = 200)
    void bothFormsRoundTrip(@ForAll long seed) throws Exception {
        Conflict c = random(seed);
        StateSpace space;
        try {
            space = StateSpace.of(c);
        } catch (ConflictModelException e) {
            Assume.that(false);
            return;
        }
        for (GmcrFiles.Form form : GmcrFiles.Form.values()) {
            String text = GmcrFiles.toText(c, form);
            Conflict back = GmcrFiles.read("x", text, form, c.name());
            StateSpace b = StateSpace.of(back);
            assertThat(back.options()).as(form + "\n" + text).isEqualTo(c.options());
            assertThat(back.infeasible()).isEqualTo(c.infeasible());
            assertThat(b.size()).isEqualTo(space.size());
            for (int d = 0; d < space.decisionMakers(); d++) {
                assertThat(back.decisionMakers().get(d).options()).isEqualTo(c.decisionMakers().get(d).options());
                for (int s = 0; s < space.size(); s++) {
                    for (int t = 0; t < space.size(); t++) {
                        assertThat(Integer.compare(b.level(d, s), b.level(d, t))).as(form + " dm " + d + "\n" + text)
                                .isEqualTo(Integer.compare(space.level(d, s), space.level(d, t)));
                    }
                }
            }
        }
    }

    private static Conflict random(long seed) {
        Random rnd = new Random(seed);
        int dms = 2 + rnd.nextInt(2);
        List<ConflictOption> options = new ArrayList<>();
        List<List<Integer>> owned = new ArrayList<>();
        int n = 0;
        for (int d = 0; d < dms; d++) {
            List<Integer> mine = new ArrayList<>();
            for (int k = 1 + rnd.nextInt(2); k > 0; k--) {
                options.add(new ConflictOption("Option " + n + (rnd.nextBoolean() ? " \"quoted\"" : ""),
                        Direction.values()[rnd.nextInt(3)]));
                mine.add(n++);
            }
            owned.add(mine);
        }
        List<Pattern> patterns = new ArrayList<>();
        if (rnd.nextBoolean()) {
            int o = rnd.nextInt(n);
            int p = (o + 1) % n;
            patterns.add(new Pattern(1L << o, 1L << p));
        }
        List<DecisionMaker> makers = new ArrayList<>();
        for (int d = 0; d < dms; d++) {
            List<Condition> st = new ArrayList<>();
            for (int k = rnd.nextInt(5); k > 0; k--) {
                st.add(condition(rnd, n, 2));
            }
            makers.add(new DecisionMaker("DM " + d, owned.get(d), new Preferences.Prioritised(st)));
        }
        return new Conflict("random", options, makers, patterns);
    }

    private static Condition condition(Random rnd, int n, int depth) {
        int kind = depth == 0 ? 0 : rnd.nextInt(7);
        switch (kind) {
            case 5:
                return new Condition.All(List.of());
            case 6:
                return new Condition.Any(List.of());
            case 1:
                return new Condition.Not(condition(rnd, n, depth - 1));
            case 2:
                return new Condition.All(List.of(condition(rnd, n, depth - 1), condition(rnd, n, depth - 1)));
            case 3:
                return new Condition.Any(List.of(condition(rnd, n, depth - 1), condition(rnd, n, depth - 1)));
            case 4:
                return new Condition.Implies(condition(rnd, n, depth - 1), condition(rnd, n, depth - 1));
            default:
                return new Condition.Is(rnd.nextInt(n), rnd.nextBoolean());
        }
    }
}
