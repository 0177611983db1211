package org.detente.brief.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.detente.analysis.AnalysisOptions;
import org.detente.analysis.Analyzer;
import org.detente.brief.doc.Block;
import org.detente.formats.casefile.CaseFiles;
import org.detente.model.Deal;
import org.detente.model.NegotiationCase;
import org.detente.model.Outcome;
import org.detente.testing.Repository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The brief's charts cannot mislead: red-line packages apart, one look per meaning. */
class ChartsTest {
    static NegotiationCase c;

    @BeforeAll
    static void read() throws Exception {
        c = CaseFiles.read(Repository.path("examples/arms-control.yaml"));
    }

    /** The cells of each class: the packages of every cell, recomputed one by one. */
    @Test
    void noPackageCrossingARedLineIsDrawnAsAPossibleAgreement() {
        PackageCloud cloud = PackageCloud.of(c, 0, 1).orElseThrow();
        var space = c.domain().outcomeSpace();
        Set<Long> possible = new HashSet<>();
        Set<Long> crossing = new HashSet<>();
        int[] v = new int[c.domain().size()];
        for (int k = 0; k < space.longSize(); k++) {
            space.decode(k, v);
            long cell = Math.round(c.party(0).utility(v) * PackageCloud.GRID) * 10_000
                    + Math.round(c.party(1).utility(v) * PackageCloud.GRID);
            (PackageCloud.withinRedLines(c, v) ? possible : crossing).add(cell);
        }
        assertThat(cloud.packages()).isEqualTo(space.longSize());
        assertThat(cloud.layers()).extracting(PackageCloud.Layer::kind).containsExactlyElementsOf(PackageCloud.CLASSES);
        for (PackageCloud.Layer l : cloud.layers()) {
            Set<Long> cells = new HashSet<>();
            for (int i = 0; i < l.x().length; i++) {
                cells.add(Math.round(l.x()[i] * PackageCloud.GRID) * 10_000 + Math.round(l.y()[i] * PackageCloud.GRID));
            }
            if (l.kind() == Palette.CROSSES_RED_LINE) {
                assertThat(cells).isNotEmpty().allMatch(crossing::contains).noneMatch(possible::contains);
            } else {
                assertThat(cells).allMatch(possible::contains);
            }
        }
    }

    @Test
    void aMarkedPackageCrossingARedLineIsACrossNamedInTheLegendAndCaption() {
        int[] v = c.deals().get(0).outcome().toArray();
        v[c.domain().indexOf("inspections")] = 0; // 4 a year: below the United States' red line
        List<Deal> deals = new ArrayList<>(c.deals());
        deals.add(new Deal("too few inspections", "", new Outcome(v)));
        NegotiationCase crossed = new NegotiationCase(c.name(), c.description(), c.domain(), c.parties(), deals,
                c.preparation());
        Block.Figure f = FrontierChart.figure(crossed, Analyzer.analyze(crossed, AnalysisOptions.defaults()), 0, 1, null);
        assertThat(f.caption()).contains("Crossing a red line, drawn as crosses and not a possible agreement: deal in the case.");
        assertThat(f.svg()).contains("deal in the case: crosses a red line", Palette.CROSSES_RED_LINE.label());
        assertThat(f.svg()).contains("<title>deal in the case, across the red line of United States — United States ");
        Block.Figure plain = FrontierChart.figure(c, Analyzer.analyze(c, AnalysisOptions.defaults()), 0, 1, null);
        assertThat(plain.caption()).doesNotContain("Crossing a red line");
        assertThat(plain.svg()).doesNotContain(": crosses a red line");
        // each marked package's title (a browser shows it on hover) names the whole package
        String nash = plain.svg().substring(plain.svg().indexOf("<title>Nash — "));
        nash = nash.substring(0, nash.indexOf("</title>"));
        for (var issue : c.domain().issues()) {
            assertThat(nash).contains(" " + issue.name() + "=");
        }
    }

    @Test
    void everyMeaningHasItsOwnLookAndLabel() {
        Set<String> looks = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (Palette p : Palette.values()) {
            assertThat(looks.add(p.hex() + p.marker())).as(p.name()).isTrue();
            assertThat(labels.add(p.label())).as(p.name()).isTrue();
        }
    }
}
