package org.detente.bench.startup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes the start-up benchmark's GENIUS scenarios: {@code issues} discrete issues of
 * {@code values} values each ({@code values^issues} outcomes), two linear additive profiles with
 * seeded random weights and evaluations. {@code tooling/bench/startup/} holds the 10^4 and 10^6 ones:
 * {@code java -cp tooling/bench/target/classes org.detente.bench.startup.GeniusScenario DIR ISSUES VALUES SEED}.
 */
public final class GeniusScenario {
    private GeniusScenario() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        int issues = Integer.parseInt(args[1]);
        int values = Integer.parseInt(args[2]);
        SplittableRandom random = new SplittableRandom(Long.parseLong(args[3]));
        StringBuilder domain = new StringBuilder("<negotiation_template>\n<utility_space number_of_issues=\""
                + issues + "\">\n<objective index=\"0\" etype=\"objective\" type=\"objective\" name=\"startup\">\n");
        for (int i = 1; i <= issues; i++) {
            domain.append(issue(i, values, null));
        }
        domain.append("</objective>\n</utility_space>\n</negotiation_template>\n");
        Files.writeString(dir.resolve("domain.xml"), domain, StandardCharsets.UTF_8);
        for (String party : new String[] {"a", "b"}) {
            StringBuilder p = new StringBuilder("<utility_space>\n<objective index=\"0\" etype=\"objective\""
                    + " type=\"objective\" name=\"startup\">\n");
            double[] w = new double[issues];
            double sum = 0;
            for (int i = 0; i < issues; i++) {
                w[i] = 0.1 + random.nextDouble();
                sum += w[i];
            }
            for (int i = 1; i <= issues; i++) {
                p.append(issue(i, values, random));
            }
            for (int i = 1; i <= issues; i++) {
                p.append(String.format(Locale.ROOT, "<weight index=\"%d\" value=\"%.6f\"/>%n", i, w[i - 1] / sum));
            }
            p.append("</objective>\n<reservation value=\"0\"/>\n</utility_space>\n");
            Files.writeString(dir.resolve(party + ".xml"), p, StandardCharsets.UTF_8);
        }
    }

    private static String issue(int i, int values, SplittableRandom random) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "<issue index=\"%d\" etype=\"discrete\" type=\"discrete\" vtype=\"discrete\" name=\"i%d\">%n", i, i));
        for (int v = 1; v <= values; v++) {
            s.append(random == null
                    ? String.format(Locale.ROOT, "<item index=\"%d\" value=\"v%d\"/>%n", v, v)
                    : String.format(Locale.ROOT, "<item index=\"%d\" value=\"v%d\" evaluation=\"%d\"/>%n", v, v,
                            1 + random.nextInt(100)));
        }
        return s.append("</issue>\n").toString();
    }
}
