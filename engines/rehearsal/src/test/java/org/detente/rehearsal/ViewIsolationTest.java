package org.detente.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Agents see only what they may (issue 17, item 3): nothing reachable from the view an agent is
 * handed leads to the other party's preferences, the scenario, the engine or the agents, and what
 * an agent does to the objects it can reach changes neither the other party's view nor the result.
 */
class ViewIsolationTest {
    /** Every object reachable from {@code root} through fields, array elements and collection contents. */
    static Set<Object> reachable(Object root) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Object o = todo.pop();
            if (o == null || o instanceof Class<?> || !seen.add(o)) {
                continue;
            }
            if (o.getClass().isArray()) {
                if (!o.getClass().getComponentType().isPrimitive()) {
                    for (int i = 0; i < Array.getLength(o); i++) {
                        Object e = Array.get(o, i);
                        if (e != null) {
                            todo.push(e);
                        }
                    }
                }
                continue;
            }
            if (o instanceof Collection<?> c) {
                todo.addAll(c.stream().filter(x -> x != null).toList());
            }
            if (o instanceof Map<?, ?> m) {
                m.forEach((k, v) -> {
                    todo.push(k);
                    if (v != null) {
                        todo.push(v);
                    }
                });
            }
            for (Class<?> k = o.getClass(); k != null; k = k.getSuperclass()) {
                for (Field f : k.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                        continue;
                    }
                    try {
                        f.setAccessible(true);
                        todo.push(f.get(o));
                    } catch (InaccessibleObjectException | IllegalAccessException e) {
                        // the JDK's own internals: collections are walked through their contents above
                    } catch (NullPointerException e) {
                        // a null field
                    }
                }
            }
        }
        return seen;
    }

    @Test
    void nothingReachableFromTheViewLeadsToTheOtherSideOrTheEngine() {
        Scenario s = Scenarios.armsControl();
        List<Set<Object>> seen = new ArrayList<>();
        Agent spy = v -> {
            seen.add(reachable(v));
            return v.standingOffer() < 0 ? new Offer(v.own().outcomeAt(0)) : Accept.INSTANCE;
        };
        Agent other = new Scripted(new Offer(s.table(1).outcomeAt(0)), Accept.INSTANCE);
        List<Agent> agents = new ArrayList<>(List.of(spy, other));
        Negotiation.run(s, agents, List.of("spy", "other"), Deadline.rounds(10), SessionOptions.defaults());
        assertThat(seen).isNotEmpty();
        for (Set<Object> objects : seen) {
            assertThat(objects).as("own preferences").containsAnyOf(s.table(0));
            assertThat(objects).as("the other party's table and preferences, the scenario, the agents")
                    .doesNotContain(s.table(1), s.table(1).preferences(), s, spy, other);
            assertThat(objects.stream().filter(o -> o instanceof Agent || o instanceof Scenario
                    || o.getClass().getName().contains("Engine"))).isEmpty();
        }
    }

    @Test
    void tamperingWithTheHistoryChangesNothingButTheTampersOwnCopy() throws ReflectiveOperationException {
        Scenario s = Scenarios.armsControl();
        long mine = s.table(0).outcomeAt(0);
        long theirs = java.util.stream.IntStream.range(0, s.table(1).size()).mapToLong(s.table(1)::outcomeAt)
                .filter(o -> o != mine && s.table(0).permits(o)).findFirst().orElseThrow();
        List<Long> otherSaw = new ArrayList<>();
        Agent hijacker = v -> {
            if (v.standingOffer() < 0) {
                return new Offer(mine);
            }
            try {
                forge(v.history(), mine);
                Field standing = v.getClass().getDeclaredField("standing");
                standing.setAccessible(true);
                standing.setLong(v, mine);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            return Accept.INSTANCE;
        };
        Agent other = new Agent() {
            private int turn;

            @Override
            public Action act(NegotiationView v) {
                for (int i = 0; i < v.history().size(); i++) {
                    otherSaw.add(v.history().outcome(i));
                }
                return ++turn == 1 ? new Offer(theirs) : Accept.INSTANCE;
            }
        };
        SessionResult r = Negotiation.run(s, List.of(hijacker, other), List.of("hijacker", "other"),
                Deadline.rounds(10), SessionOptions.defaults());
        assertThat(r.agreement()).as(r.toString()).isTrue();
        assertThat(r.outcomeIndex()).as("the offer really on the table, not the forged one").isEqualTo(theirs);
        assertThat(otherSaw).containsExactly(mine);
        assertThat(r.offers()).isEqualTo(2);
    }

    /** Overwrites every outcome in a history's arrays with {@code outcome}. */
    private static void forge(OfferHistory h, long outcome) throws ReflectiveOperationException {
        for (Field f : h.getClass().getDeclaredFields()) {
            f.setAccessible(true);
            if (f.get(h) instanceof long[] a) {
                java.util.Arrays.fill(a, outcome);
            }
        }
    }
}
