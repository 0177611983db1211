package org.detente.rehearsal.mediation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.detente.rehearsal.Deadline;
import org.detente.rehearsal.Scenario;
import org.detente.rehearsal.Seeds;
import org.detente.rehearsal.SessionOptions;
import org.detente.rehearsal.SessionResult;
import org.detente.rehearsal.SessionSpec;

/**
 * What one party can expect from a mediator on a case: its sessions rehearsed with each stance —
 * truthful or strategic — on its side and on the others', and the texts the mediator settled on when
 * every side answered truthfully. A pure function of the case and the seed.
 *
 * @param mediator the mediator's name
 * @param stances  one entry per (our stance, their stance), truthful–truthful first
 * @param texts    the agreements of truthful sides, most frequent first (at most {@link #TEXTS})
 */
public record MediationOutlook(String mediator, List<Stance> stances, List<Text> texts) {
    /** Most agreed texts kept. */
    public static final int TEXTS = 3;

    /** Copies the lists. */
    public MediationOutlook {
        Objects.requireNonNull(mediator, "mediator");
        stances = List.copyOf(stances);
        texts = List.copyOf(texts);
    }

    /**
     * How the sessions went with one pair of stances.
     *
     * @param us         our stance
     * @param them       the other parties' stance
     * @param sessions   sessions played
     * @param agreements sessions that ended in agreement
     * @param ours       our mean utility (reservation value without agreement)
     * @param theirs     the counterpart's mean utility
     * @param rounds     mean rounds
     */
    public record Stance(String us, String them, int sessions, int agreements, double ours, double theirs,
                         double rounds) {
    }

    /**
     * An agreed text.
     *
     * @param outcome its outcome index
     * @param count   sessions that agreed on it
     * @param ours    our utility of it
     * @param theirs  the counterpart's
     */
    public record Text(long outcome, int count, double ours, double theirs) {
    }

    /**
     * Rehearses {@code sessions} seeds of each pair of stances under {@code mediator}.
     *
     * @param s        the scenario
     * @param us       our party index
     * @param them     the counterpart's index
     * @param mediator the mediator's name
     * @param sessions seeds per pair of stances, at least 1
     * @param rounds   the deadline in rounds
     * @param seed     the seed every session's derives from
     * @return the outlook
     * @throws IllegalArgumentException if the mediator is unknown or a number is out of range
     */
    public static MediationOutlook measure(Scenario s, int us, int them, String mediator, int sessions, int rounds,
                                           long seed) {
        if (sessions < 1 || us == them) {
            throw new IllegalArgumentException("need at least one session and two distinct parties");
        }
        List<Stance> stances = new ArrayList<>();
        Map<Long, Integer> agreed = new LinkedHashMap<>();
        for (String mine : Respondents.names()) {
            for (String theirs : Respondents.names()) {
                List<String> names = new ArrayList<>();
                for (int p = 0; p < s.parties(); p++) {
                    names.add(p == us ? mine : theirs);
                }
                int agreements = 0;
                double u = 0;
                double v = 0;
                double r = 0;
                for (int k = 0; k < sessions; k++) {
                    String id = "mediation/" + mediator + "/" + mine + "+" + theirs + "/" + k;
                    SessionResult res = Mediation.run(new SessionSpec(id, s, names, Deadline.rounds(rounds),
                            Seeds.session(seed, id), Duration.ZERO, mediator), SessionOptions.defaults());
                    agreements += res.agreement() ? 1 : 0;
                    u += res.utilities().get(us);
                    v += res.utilities().get(them);
                    r += res.rounds();
                    if (res.agreement() && mine.equals("truthful") && theirs.equals("truthful")) {
                        agreed.merge(res.outcomeIndex(), 1, Integer::sum);
                    }
                }
                stances.add(new Stance(mine, theirs, sessions, agreements, u / sessions, v / sessions, r / sessions));
            }
        }
        List<Text> texts = new ArrayList<>();
        agreed.forEach((o, n) -> texts.add(new Text(o, n, s.table(us).utility(o), s.table(them).utility(o))));
        texts.sort(Comparator.comparingInt(Text::count).reversed().thenComparingLong(Text::outcome));
        return new MediationOutlook(mediator, stances, texts.subList(0, Math.min(TEXTS, texts.size())));
    }
}
