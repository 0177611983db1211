package org.detente.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.detente.analysis.Analyzer;
import org.detente.analysis.Point;
import org.detente.fair.CaseDivision;
import org.detente.fair.Division;
import org.detente.model.NegotiationCase;
import org.detente.report.AnalysisJson;
import org.detente.report.PrettyJson;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code detente adjusted-winner}: Brams–Taylor fair division of the issues between two parties. */
@Command(name = "adjusted-winner", mixinStandardHelpOptions = true,
        description = {
            "Divide the issues between two parties (Adjusted Winner).",
            "",
            "Brams and Taylor's procedure: each party's issue weights are its 100",
            "points. Every issue first goes to the party that values it more; then",
            "issues move from the party ahead to the party behind, lowest ratio",
            "first, until both hold the same points; at most one issue is split.",
            "The division is equitable, envy-free and efficient. It is read back as",
            "a package (red lines checked). Needs linear additive preferences.",
            ""},
        footer = {"",
            "Examples:",
            "  detente adjusted-winner examples/arms-control.yaml",
            "  detente adjusted-winner case.yaml --parties Buyer,Seller --json",
            "",
            "Exit codes: 0 done · 2 usage error · 3 invalid input"})
final class AdjustedWinnerCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "A case file, or a domain file and one profile per party.")
    List<Path> files;

    @Option(names = "--parties", split = ",", paramLabel = "A,B", description = "The two parties to divide between (default: the first two).")
    List<String> parties;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Mixin
    InputMixin input;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        NegotiationCase c = input.load(files, spec);
        int a = 0;
        int b = 1;
        if (parties != null) {
            if (parties.size() != 2) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--parties takes exactly two names");
            }
            a = c.partyNames().indexOf(parties.get(0));
            b = c.partyNames().indexOf(parties.get(1));
            if (a < 0 || b < 0) {
                throw new IllegalArgumentException("unknown party '" + parties.get(a < 0 ? 0 : 1) + "' (the parties are: "
                        + String.join(", ", c.partyNames()) + ")");
            }
        }
        CaseDivision cd = CaseDivision.of(c, a, b);
        Point p = Analyzer.point(c, cd.suggested().toArray());
        var out = spec.commandLine().getOut();
        out.print(json ? json(c, cd, p) : text(c, cd, p));
        out.flush();
        return ExitCode.OK;
    }

    private static String text(NegotiationCase c, CaseDivision cd, Point p) {
        Division d = cd.division();
        String na = c.party(cd.partyA()).name();
        String nb = c.party(cd.partyB()).name();
        var sb = new StringBuilder("Adjusted Winner: ").append(na).append(" and ").append(nb).append('\n');
        var t = new TextTable("issue", na + " points", nb + " points", "goes to", na + " holds");
        for (Division.Share s : d.shares()) {
            String to = s.toA() == 1 ? na : s.toA() == 0 ? nb : "split";
            t.row(s.item(), fmt(s.pointsA()), fmt(s.pointsB()), to, String.format(Locale.ROOT, "%.1f %%", 100 * s.toA()));
        }
        sb.append(t.render("  "));
        sb.append("Each ends with ").append(fmt(d.pointsA())).append(" (").append(na).append(") and ")
                .append(fmt(d.pointsB())).append(" (").append(nb).append(") of its 100 points")
                .append(d.splitItem() == null ? "; no issue is split.\n" : "; '" + d.splitItem() + "' is split.\n");
        sb.append(TextTable.paragraph("A package that follows it: ", AnalysisText.label(c.domain(), p), "  "));
        sb.append("  utilities:");
        for (int i = 0; i < c.parties().size(); i++) {
            sb.append(i == 0 ? " " : ", ").append(c.party(i).name()).append(' ').append(Numbers.utility(p.utility(i)));
        }
        sb.append('\n');
        for (var party : c.parties()) {
            if (!party.preferences().allows(cd.suggested().toArray())) {
                sb.append("  Warning: this package crosses a red line of ").append(party.name()).append('\n');
            }
        }
        return sb.toString();
    }

    private static String json(NegotiationCase c, CaseDivision cd, Point p) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        Division d = cd.division();
        ArrayNode ps = root.putArray("parties");
        ps.add(c.party(cd.partyA()).name());
        ps.add(c.party(cd.partyB()).name());
        ArrayNode shares = root.putArray("items");
        for (Division.Share s : d.shares()) {
            ObjectNode n = shares.addObject();
            n.put("item", s.item());
            n.put("pointsA", s.pointsA());
            n.put("pointsB", s.pointsB());
            n.put("shareA", s.toA());
        }
        root.put("pointsA", d.pointsA());
        root.put("pointsB", d.pointsB());
        if (d.splitItem() == null) {
            root.putNull("split");
        } else {
            root.put("split", d.splitItem());
        }
        root.set("package", AnalysisJson.point(c.domain(), p));
        ArrayNode crossed = root.putArray("redLinesCrossedBy");
        for (var party : c.parties()) {
            if (!party.preferences().allows(cd.suggested().toArray())) {
                crossed.add(party.name());
            }
        }
        return PrettyJson.text(root) + "\n";
    }

    private static String fmt(double x) {
        return String.format(Locale.ROOT, "%.1f", x);
    }
}
