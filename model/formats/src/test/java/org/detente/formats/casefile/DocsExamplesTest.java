package org.detente.formats.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.detente.testing.Repository;
import org.detente.model.HyperRectangleUtility;
import org.detente.model.NegotiationCase;
import org.detente.model.ValueFunction;
import org.junit.jupiter.api.Test;

/** The examples in docs/case-file.md load, and what the doc promises holds. */
class DocsExamplesTest {

    @Test
    void everyCompleteExampleInTheDocLoads() throws Exception {
        String doc = Files.readString(Repository.root().resolve("docs/case-file.md"));
        Matcher m = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        List<String> complete = new ArrayList<>();
        while (m.find()) {
            if (m.group(1).startsWith("version: 1")) {
                complete.add(m.group(1));
            }
        }
        assertThat(complete).isNotEmpty();
        for (String yaml : complete) {
            NegotiationCase c = CaseFiles.read("case-file.md", yaml, Format.YAML);
            assertThat(c.parties()).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void numericTablesAndHyperRectanglesLoad() throws Exception {
        String yaml = """
                name: t
                issues:
                  - {name: x, type: integer, min: 0, max: 2}
                  - {name: y, type: real, min: 0, max: 1, step: 0.5}
                parties:
                  - name: a
                    weights: {x: 0.5, y: 0.5}
                    values:
                      x: {0: 0, 1: 0.5, 2: 1}
                      y: {"0": 1, "0.5": 0.5, "1.0": 0}
                  - name: b
                    utility:
                      type: hyperrectangles
                      maxUtility: 100
                      rectangles:
                        - {utility: 40, bounds: {x: [1, 2]}}
                        - {utility: 70, bounds: {}}
                """;
        NegotiationCase c = CaseFiles.read("t.yaml", yaml, Format.YAML);
        var a = (org.detente.model.LinearAdditiveUtility) c.party(0).preferences().utility();
        assertThat(a.functions().get(0)).isEqualTo(new ValueFunction.Table(List.of(0.0, 0.5, 1.0)));
        assertThat(a.functions().get(1)).isEqualTo(new ValueFunction.Table(List.of(1.0, 0.5, 0.0)));
        var b = (HyperRectangleUtility) c.party(1).preferences().utility();
        assertThat(b.utility(new int[] {0, 0})).isEqualTo(0.7);
        assertThat(b.utility(new int[] {2, 0})).isEqualTo(1.0);
        assertThat(CaseFiles.read("t.json", CaseFiles.toText(c, Format.JSON), Format.JSON)).isEqualTo(c);
    }
}
