package org.detente.tournament;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.detente.rehearsal.Ending;

/**
 * One agent's sums over its seats in a tournament, from which {@code summary.csv}'s means are
 * taken. An agent's seats count self-play twice; mean utility is over all its seats; distances and
 * welfare are over its seats in sessions that reached agreement (the Nash distance over those that
 * have one); forfeits count the sessions it forfeited.
 *
 * <p>A single-text tournament also has a mediator's totals ({@link #mediated}, {@link #ofMediators}):
 * the same sums with one seat per session, its utility the parties' mean.
 *
 * <p>One definition for every engine: {@link #seats} gives each seat's contribution and
 * {@link #plus} adds them, so a local run ({@link #of}), the web and a cluster engine (which maps
 * records to seats and reduces with {@code plus}) sum the same terms.
 *
 * @param agent     the agent's name
 * @param seats     its seats
 * @param agreed    its seats in sessions that reached agreement
 * @param utility   the sum of its utilities over all seats
 * @param pareto    the sum of the distance to the Pareto frontier over its agreed seats
 * @param nash      the sum of the distance to Nash over its agreed seats that have one
 * @param nashCount how many of its agreed seats have a distance to Nash
 * @param welfare   the sum of the welfare over its agreed seats
 * @param forfeits  the sessions it forfeited
 */
public record Totals(String agent, long seats, long agreed, double utility, double pareto, double nash,
                     long nashCount, double welfare, long forfeits) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The header of {@code summary.csv}. */
    public static final String CSV_HEADER =
            "agent,sessions,agreementRate,meanUtility,meanParetoDistance,meanNashDistance,meanWelfare,forfeits";

    /** An agent without seats. */
    public static Totals none(String agent) {
        return new Totals(agent, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /**
     * The sums of both.
     *
     * @throws IllegalArgumentException if they are of different agents
     */
    public Totals plus(Totals o) {
        if (!agent.equals(o.agent)) {
            throw new IllegalArgumentException("cannot add the totals of " + agent + " and " + o.agent);
        }
        return new Totals(agent, seats + o.seats, agreed + o.agreed, utility + o.utility, pareto + o.pareto,
                nash + o.nash, nashCount + o.nashCount, welfare + o.welfare, forfeits + o.forfeits);
    }

    /** Each seat of a session as the totals of one seat, in party order. */
    public static List<Totals> seats(SessionRecord r) {
        SessionRecord.Result s = r.result();
        List<Totals> out = new ArrayList<>(s.agents().size());
        for (int p = 0; p < s.agents().size(); p++) {
            boolean agreed = s.agreement();
            boolean nash = agreed && Double.isFinite(s.nashDistance());
            boolean forfeit = s.endedBy() == Ending.FORFEIT && s.parties().get(p).equals(s.endedByParty());
            out.add(new Totals(s.agents().get(p), 1, agreed ? 1 : 0, finite(s.utilities().get(p)),
                    agreed ? finite(s.paretoDistance()) : 0, nash ? s.nashDistance() : 0, nash ? 1 : 0,
                    agreed ? finite(s.welfare()) : 0, forfeit ? 1 : 0));
        }
        return out;
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : 0;
    }

    /** The header of {@code mediators.csv} (a single-text tournament's rows per mediator). */
    public static final String MEDIATOR_CSV_HEADER =
            "mediator,sessions,agreementRate,meanUtility,meanParetoDistance,meanNashDistance,meanWelfare,forfeits";

    /**
     * A single-text session as its mediator's totals of one session (one "seat" per session): the
     * agreement, the parties' mean utility, the distances and welfare of an agreement, and a forfeit
     * if the mediator forfeited it (a forfeit with no party to blame).
     *
     * @throws IllegalArgumentException if the session had no mediator
     */
    public static Totals mediated(SessionRecord r) {
        SessionRecord.Result s = r.result();
        if (s.mediator() == null) {
            throw new IllegalArgumentException("session " + r.session() + " had no mediator");
        }
        boolean agreed = s.agreement();
        boolean nash = agreed && Double.isFinite(s.nashDistance());
        double utility = 0;
        for (double u : s.utilities()) {
            utility += finite(u);
        }
        boolean forfeit = s.endedBy() == Ending.FORFEIT && s.endedByParty() == null;
        return new Totals(s.mediator(), 1, agreed ? 1 : 0, utility / s.utilities().size(),
                agreed ? finite(s.paretoDistance()) : 0, nash ? s.nashDistance() : 0, nash ? 1 : 0,
                agreed ? finite(s.welfare()) : 0, forfeit ? 1 : 0);
    }

    /**
     * Each mediator's totals over the single-text records ({@link #mediated}), in the order given
     * (mediators not listed, and records without a mediator, are left out).
     */
    public static List<Totals> ofMediators(List<String> mediators, Iterable<SessionRecord> records) {
        Map<String, Totals> sums = new LinkedHashMap<>();
        for (String m : mediators) {
            sums.put(m, none(m));
        }
        for (SessionRecord r : records) {
            if (r.result().mediator() != null) {
                Totals one = mediated(r);
                sums.computeIfPresent(one.agent(), (m, t) -> t.plus(one));
            }
        }
        return List.copyOf(sums.values());
    }

    /** Each agent's totals over the records, in the order given (agents not listed are left out). */
    public static List<Totals> of(List<String> agents, Iterable<SessionRecord> records) {
        Map<String, Totals> sums = new LinkedHashMap<>();
        for (String a : agents) {
            sums.put(a, none(a));
        }
        for (SessionRecord r : records) {
            for (Totals seat : seats(r)) {
                sums.computeIfPresent(seat.agent(), (a, t) -> t.plus(seat));
            }
        }
        return List.copyOf(sums.values());
    }

    /** Share of its seats in sessions that reached agreement (NaN without seats). */
    public double agreementRate() {
        return seats == 0 ? Double.NaN : (double) agreed / seats;
    }

    /** Mean utility over its seats (NaN without seats). */
    public double meanUtility() {
        return seats == 0 ? Double.NaN : utility / seats;
    }

    /** Mean distance of its agreements to the Pareto frontier (NaN without agreement). */
    public double meanPareto() {
        return agreed == 0 ? Double.NaN : pareto / agreed;
    }

    /** Mean distance of its agreements to Nash, where there is one (NaN without). */
    public double meanNash() {
        return nashCount == 0 ? Double.NaN : nash / nashCount;
    }

    /** Mean welfare of its agreements (NaN without agreement). */
    public double meanWelfare() {
        return agreed == 0 ? Double.NaN : welfare / agreed;
    }

    /** The cells of its row of {@code summary.csv}: means to 6 decimals, empty where undefined. */
    public List<String> cells() {
        return List.of(agent, Long.toString(seats), num(agreementRate()), num(meanUtility()), num(meanPareto()),
                num(meanNash()), num(meanWelfare()), Long.toString(forfeits));
    }

    /** Its row of {@code summary.csv}. */
    public String csv() {
        return RecordCsv.line(cells());
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6f", v);
    }
}
