package org.detente.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

/**
 * The per-agent summary of a tournament. An agent's "sessions" count its seats (self-play counts
 * twice); mean utility is over all its seats; distances and welfare are over its seats in sessions
 * that reached agreement; forfeits count the sessions it forfeited.
 */
final class Summary {
    private Summary() {
    }

    static List<String> rows(List<String> agents, Collection<JsonNode> records) {
        List<String> rows = new ArrayList<>();
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
            rows.add(String.join(",", csv(a), Integer.toString(seats), num(seats == 0 ? Double.NaN : (double) agreed / seats),
                    num(seats == 0 ? Double.NaN : utility / seats), num(agreed == 0 ? Double.NaN : pareto / agreed),
                    num(nashCount == 0 ? Double.NaN : nash / nashCount), num(agreed == 0 ? Double.NaN : welfare / agreed),
                    Integer.toString(forfeits)));
        }
        return rows;
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6f", v);
    }

    private static String csv(String s) {
        return s.matches(".*[,\"].*") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
