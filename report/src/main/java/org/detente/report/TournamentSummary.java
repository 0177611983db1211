package org.detente.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

/**
 * The per-agent summary of a tournament, from its sessions' JSON records ({@link SessionJson#result}).
 * An agent's "seats" count its places at the table (self-play counts twice); mean utility is over
 * all its seats; distances and welfare are over its seats in sessions that reached agreement;
 * forfeits count the sessions it forfeited.
 */
public final class TournamentSummary {
    private TournamentSummary() {
    }

    /**
     * One agent's figures; NaN where undefined (no seat, or no agreement).
     *
     * @param agent         the agent's name
     * @param seats         its places at the table
     * @param agreementRate share of its seats in sessions that reached agreement
     * @param meanUtility   mean (discounted) utility over its seats
     * @param meanPareto    mean distance of its agreements to the Pareto frontier
     * @param meanNash      mean distance of its agreements to Nash (where there is a Nash point)
     * @param meanWelfare   mean welfare of its agreements
     * @param forfeits      sessions it forfeited
     */
    public record Row(String agent, int seats, double agreementRate, double meanUtility, double meanPareto,
                      double meanNash, double meanWelfare, int forfeits) {
        /** The row as CSV (agent, seats, agreement, mean utility, to Pareto, to Nash, welfare, forfeits). */
        public String csv() {
            return String.join(",", quote(agent), Integer.toString(seats), num(agreementRate), num(meanUtility),
                    num(meanPareto), num(meanNash), num(meanWelfare), Integer.toString(forfeits));
        }
    }

    /** One row per agent, in the order given. */
    public static List<Row> of(List<String> agents, Collection<JsonNode> records) {
        List<Row> rows = new ArrayList<>();
        for (String a : agents) {
            int seats = 0;
            int agreed = 0;
            int forfeits = 0;
            double utility = 0;
            double pareto = 0;
            double nash = 0;
            double welfare = 0;
            int nashCount = 0;
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
            rows.add(new Row(a, seats, seats == 0 ? Double.NaN : (double) agreed / seats,
                    seats == 0 ? Double.NaN : utility / seats, agreed == 0 ? Double.NaN : pareto / agreed,
                    nashCount == 0 ? Double.NaN : nash / nashCount, agreed == 0 ? Double.NaN : welfare / agreed,
                    forfeits));
        }
        return rows;
    }

    /** The rows as CSV lines (see {@link Row#csv()}). */
    public static List<String> rows(List<String> agents, Collection<JsonNode> records) {
        return of(agents, records).stream().map(Row::csv).toList();
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6f", v);
    }

    private static String quote(String s) {
        return s.matches(".*[,\"].*") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
