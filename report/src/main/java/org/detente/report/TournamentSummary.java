package org.detente.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

/**
 * The per-agent summary of a tournament. An agent's "sessions" count its seats (self-play counts
 * twice); mean utility is over all its seats; distances and welfare are over its seats in sessions
 * that reached agreement (the Nash distance over those that have a Nash point); forfeits count the
 * sessions it forfeited. Computed here from the records ({@link SessionJson#result} objects) in one
 * JVM, or by a cluster engine from the same records; the command line, the cluster engine and the
 * web all give it through {@link Totals}.
 */
public final class TournamentSummary {
    /** The header of {@code summary.csv}. */
    public static final String HEADER =
            "agent,sessions,agreementRate,meanUtility,meanParetoDistance,meanNashDistance,meanWelfare,forfeits";

    private TournamentSummary() {
    }

    /**
     * One agent's sums over its seats, from which the means are taken.
     *
     * @param agent     the agent's name
     * @param seats     its seats (self-play counts twice)
     * @param agreed    its seats in sessions that reached agreement
     * @param utility   the sum of its utilities over all seats
     * @param pareto    the sum of the distance to the Pareto frontier over its agreed seats
     * @param nash      the sum of the distance to Nash over its agreed seats that have one
     * @param nashCount how many of its agreed seats have a distance to Nash
     * @param welfare   the sum of the welfare over its agreed seats
     * @param forfeits  the sessions it forfeited
     */
    public record Totals(String agent, long seats, long agreed, double utility, double pareto, double nash,
                         long nashCount, double welfare, long forfeits) {
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

        /** The agent's row of {@code summary.csv}: means to 6 decimals, empty where undefined. */
        public String csv() {
            return String.join(",", cell(agent), Long.toString(seats), num(agreementRate()), num(meanUtility()),
                    num(meanPareto()), num(meanNash()), num(meanWelfare()), Long.toString(forfeits));
        }
    }

    /** Each agent's totals over the records ({@code sessions.jsonl} objects), in the order given. */
    public static List<Totals> totals(List<String> agents, Collection<JsonNode> records) {
        List<Totals> out = new ArrayList<>();
        for (String a : agents) {
            long seats = 0;
            long agreed = 0;
            long forfeits = 0;
            double utility = 0;
            double pareto = 0;
            double nash = 0;
            double welfare = 0;
            long nashCount = 0;
            for (JsonNode n : records) {
                JsonNode names = n.get("agents");
                for (int p = 0; p < names.size(); p++) {
                    if (!names.get(p).asString().equals(a)) {
                        continue;
                    }
                    seats++;
                    utility += n.get("utilities").get(p).asDouble();
                    if (n.get("agreement").asBoolean()) {
                        agreed++;
                        pareto += n.get("paretoDistance").asDouble();
                        welfare += n.get("welfare").asDouble();
                        if (!n.get("nashDistance").isNull()) {
                            nash += n.get("nashDistance").asDouble();
                            nashCount++;
                        }
                    }
                    if (n.get("endedBy").asString().equals("forfeit")
                            && n.get("parties").get(p).asString().equals(n.get("endedByParty").asString())) {
                        forfeits++;
                    }
                }
            }
            out.add(new Totals(a, seats, agreed, utility, pareto, nash, nashCount, welfare, forfeits));
        }
        return out;
    }

    /** The rows of {@code summary.csv} (without the header) for these totals. */
    public static List<String> rows(List<Totals> totals) {
        return totals.stream().map(Totals::csv).toList();
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6f", v);
    }

    private static String cell(String s) {
        return s.matches(".*[,\"].*") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
