package org.detente.formats.casefile;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.detente.formats.InputException;
import org.detente.formats.support.Node;
import org.detente.formats.support.Problems;
import org.detente.model.Domain;
import org.detente.model.NegotiationRecord;
import org.detente.model.Outcome;

/**
 * Turns a parsed record file into a {@link NegotiationRecord} of a known scenario: the schema first,
 * then the checks against the scenario (its name, the parties, every package's issues and values).
 */
final class RecordReader {
    private final Problems problems;
    private final RecordFiles.Scenario scenario;

    private RecordReader(Problems problems, RecordFiles.Scenario scenario) {
        this.problems = problems;
        this.scenario = scenario;
    }

    static NegotiationRecord read(String source, Node root, RecordFiles.Scenario scenario) throws InputException {
        Problems problems = new Problems(source);
        FileSchema.RECORD.check(root, problems);
        problems.throwIfAny();
        return new RecordReader(problems, scenario).record((Node.Obj) root);
    }

    private NegotiationRecord record(Node.Obj root) throws InputException {
        Node.Str caseNode = (Node.Str) root.get("case");
        if (!scenario.names().contains(caseNode.value())) {
            problems.add(caseNode, "the record belongs to '" + caseNode.value() + "', not to '"
                    + scenario.names().get(0) + "'");
        }
        String us = party((Node.Str) root.get("us"), null);
        String counterpart = party((Node.Str) root.get("counterpart"), us);
        Optional<NegotiationRecord.When> deadline = root.get("deadline") == null ? Optional.empty()
                : when(root.get("deadline"));
        List<NegotiationRecord.Offer> offers = new ArrayList<>();
        Domain domain = scenario.domain();
        for (Node n : ((Node.Arr) root.get("offers")).items()) {
            Node.Obj obj = (Node.Obj) n;
            Node.Str byNode = (Node.Str) obj.get("by");
            String by = byNode.value();
            if (!by.equals(us) && !by.equals(counterpart)) {
                problems.add(byNode, "unknown party '" + by + "': an offer is made by '" + us + "' or '"
                        + counterpart + "'");
            }
            Outcome outcome = PackageReader.read(domain, (Node.Obj) obj.get("package"), problems,
                    "the offer of line " + obj.line());
            Optional<NegotiationRecord.When> when = obj.get("when") == null ? Optional.empty() : when(obj.get("when"));
            String note = obj.get("note") instanceof Node.Str s ? s.value() : "";
            if (outcome != null) {
                offers.add(new NegotiationRecord.Offer(by, outcome, when, note));
            }
        }
        problems.throwIfAny();
        return new NegotiationRecord(caseNode.value(), us, counterpart, deadline, offers);
    }

    /** A party's name, checked against the scenario's parties; {@code other} is the side already named. */
    private String party(Node.Str node, String other) {
        String name = node.value();
        if (name.equals(other)) {
            problems.add(node, "'" + name + "' cannot negotiate with itself");
        } else if (!scenario.parties().contains(name) && !(other != null && scenario.parties().size() == 1)) {
            problems.add(node, "unknown party '" + name + "' (the parties are: "
                    + String.join(", ", scenario.parties()) + ")");
        }
        return name;
    }

    private Optional<NegotiationRecord.When> when(Node n) {
        if (n instanceof Node.Num num) {
            return Optional.of(new NegotiationRecord.Round(num.asLong()));
        }
        String text = ((Node.Str) n).value();
        try {
            return Optional.of(new NegotiationRecord.At(OffsetDateTime.parse(text)));
        } catch (DateTimeParseException e) {
            problems.add(n, "'" + text + "' is not a date-time with its offset (e.g. 2026-12-03T10:15:00Z)");
            return Optional.empty();
        }
    }
}
