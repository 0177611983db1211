package org.detente.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.assertj.core.data.Offset;
import org.detente.rehearsal.mediation.Answer;
import org.detente.rehearsal.mediation.Mediation;
import org.detente.rehearsal.mediation.Mediators;
import org.detente.rehearsal.mediation.Question;
import org.detente.rehearsal.mediation.Respondent;
import org.detente.rehearsal.mediation.Respondents;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Invariants of every mediated session, whichever mediator and party strategies, on random cases of 2 and 3 parties. */
class MediationPropertiesTest {
    @Provide
    Arbitrary<String> mediator() {
        return Arbitraries.of(Mediators.names());
    }

    @Provide
    Arbitrary<String> strategy() {
        return Arbitraries.of(Respondents.names());
    }

    /** Every ballot answer a party gave: the text and whether it accepted. */
    private record Vote(int party, long text, boolean accept) {
    }

    @Property(tries = 150)
    void sessionsAreConsistent(@ForAll long seed, @ForAll @IntRange(min = 2, max = 3) int parties,
                               @ForAll("mediator") String mediator, @ForAll("strategy") String a,
                               @ForAll("strategy") String b, @ForAll("strategy") String c,
                               @ForAll @IntRange(min = 1, max = 120) int rounds,
                               @ForAll @DoubleRange(min = 0, max = 0.8) double rv) {
        Scenario s = Scenario.prepare(Scenarios.random(seed, parties, 3, 4, rv, 0.9));
        List<String> names = parties == 2 ? List.of(a, b) : List.of(a, b, c);
        List<Vote> votes = new ArrayList<>();
        List<Respondent> rs = new ArrayList<>();
        for (int p = 0; p < parties; p++) {
            Respondent inner = Respondents.create(names.get(p), s.table(p));
            int me = p;
            rs.add((view, q) -> {
                Answer x = inner.answer(view, q);
                if (q instanceof Question.Ballot) {
                    votes.add(new Vote(me, q.text(), x == Answer.Vote.ACCEPT));
                }
                return x;
            });
        }
        var m = Mediators.create(mediator, s.table(0).space(), parties, new java.util.SplittableRandom(seed));
        SessionResult r = Mediation.run(s, rs, names, m, mediator, Deadline.rounds(rounds),
                SessionOptions.defaults().withTrace(true));

        assertThat(r.ending()).isIn(Ending.AGREEMENT, Ending.DEADLINE);
        assertThat(r.mediator()).isEqualTo(mediator);
        assertThat(r.rounds()).isBetween(1, rounds);
        assertThat(r.offers()).isEqualTo(r.trace().size()).isEqualTo(r.rounds());
        double welfare = 0;
        for (int p = 0; p < parties; p++) {
            double raw = r.agreement() ? s.table(p).utility(r.outcomeIndex()) : rv;
            assertThat(r.rawUtilities().get(p)).isEqualTo(raw);
            assertThat(r.utilities().get(p)).isCloseTo(raw * Math.pow(0.9, r.time()), Offset.offset(1e-12));
            welfare += r.utilities().get(p);
        }
        assertThat(r.welfare()).isCloseTo(welfare, Offset.offset(1e-12));
        // truthful parties never sign below their reservation value
        for (Vote v : votes) {
            if (v.accept() && names.get(v.party()).equals("truthful")) {
                assertThat(s.table(v.party()).utility(v.text())).isGreaterThanOrEqualTo(rv);
            }
        }
        if (r.agreement()) {
            // the agreement is the last text, and every party accepted it on the last ballot
            assertThat(r.outcomeIndex()).isEqualTo(r.trace().get(r.trace().size() - 1).outcome());
            List<Vote> last = votes.subList(votes.size() - parties, votes.size());
            for (int p = 0; p < parties; p++) {
                assertThat(last.get(p)).isEqualTo(new Vote(p, r.outcomeIndex(), true));
            }
            assertThat(r.paretoDistance()).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(r.nashDistance() + 1e-9);
        } else {
            assertThat(r.paretoDistance()).isNaN();
        }
    }

    @Property(tries = 60)
    void theSameSeedGivesTheSameSession(@ForAll long seed, @ForAll("mediator") String mediator,
                                        @ForAll("strategy") String a, @ForAll("strategy") String b) {
        Scenario s = Scenario.prepare(Scenarios.random(seed, 2, 3, 4, 0.3, 1));
        var spec = new SessionSpec("same", s, List.of(a, b), Deadline.rounds(100), seed, Duration.ZERO, mediator);
        SessionOptions o = SessionOptions.defaults().withTrace(true);
        assertThat(Mediation.run(spec, o)).isEqualTo(Mediation.run(spec, o));
    }
}
