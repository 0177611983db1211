package org.detente.formats.any;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.detente.testing.Repository;
import org.detente.formats.casefile.CaseFiles;
import org.detente.formats.genius.GeniusOptions;
import org.detente.formats.genius.GeniusXml;
import org.detente.formats.geniusweb.GeniusWebJson;
import org.detente.model.NegotiationCase;
import org.detente.model.OutcomeSpace;
import org.detente.model.RealIssue;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports to GENIUS and GeniusWeb: what they cannot hold is listed, refused, or dropped with every utility kept. */
class ExportTest {
    private static final String[] EXAMPLES = {"arms-control", "supply-contract", "apartment-lease"};

    @TempDir
    Path dir;

    private static NegotiationCase example(String name) throws Exception {
        return CaseFiles.read(Repository.root().resolve("examples/" + name + ".yaml"));
    }

    @Test
    void theFlagshipListsItsRedLinesDealsAndPreparation() throws Exception {
        NegotiationCase c = example("arms-control");
        List<String> expected = List.of("party 'United States': 2 red lines", "party 'Russia': 2 red lines",
                "2 named deals: status quo ante, minimal deal",
                "the preparation: 1 counterpart profile, 3 ratifiers, 6 gestures");
        assertThat(Export.unsupported(c, Export.Target.GENIUS)).isEqualTo(expected);
        assertThat(Export.unsupported(c, Export.Target.GENIUSWEB)).isEqualTo(expected);
    }

    @Test
    void geniusWebListsAReservationValueItCanOnlyApproximate() throws Exception {
        assertThat(Export.unsupported(example("apartment-lease"), Export.Target.GENIUSWEB))
                .contains("party 'Tenant': reservation value 0.3, which no outcome's utility equals"
                        + " (a reservation bid of utility 0.31 stands for it)");
        assertThat(Export.unsupported(example("apartment-lease"), Export.Target.GENIUS))
                .noneMatch(line -> line.contains("reservation"));
    }

    /** The --real-intervals that reads back the case's stepped real issues (all of one count in the examples). */
    private static GeniusOptions intervals(NegotiationCase c) {
        return c.domain().issues().stream().filter(i -> i instanceof RealIssue r && r.enumerable())
                .map(i -> new GeniusOptions(i.cardinality() - 1)).findFirst().orElse(GeniusOptions.DEFAULT);
    }

    @Test
    void geniusListsTheStepsOfRealIssuesItWritesAsContinuousRanges() throws Exception {
        assertThat(Export.unsupported(example("apartment-lease"), Export.Target.GENIUS))
                .contains("issue 'rent': its step of 50 (a GENIUS real range is continuous; reading the files with"
                        + " --real-intervals 4 gives its 5 values back)");
        // the flagship's real issues have non-linear value functions: written as discrete issues, they keep their values
        assertThat(Export.unsupported(example("arms-control"), Export.Target.GENIUS)).noneMatch(l -> l.contains("step"));
    }

    @Test
    void withoutDroppingNothingIsWritten() throws Exception {
        for (Export.Target t : Export.Target.values()) {
            Path out = dir.resolve(t.name());
            assertThatThrownBy(() -> Export.write(example("arms-control"), t, out, false))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(t.label() + " cannot hold ")
                    .hasMessageContaining("2 red lines");
            assertThat(out).doesNotExist();
        }
    }

    @Test
    @Tag("slow")
    void droppingKeepsEveryOutcomesUtility() throws Exception {
        for (String name : EXAMPLES) {
            NegotiationCase c = example(name);
            for (Export.Target t : Export.Target.values()) {
                List<Path> files = Export.write(c, t, dir.resolve(name + "-" + t), true);
                NegotiationCase back = t == Export.Target.GENIUS
                        ? GeniusXml.readCase(files.get(0), files.subList(1, files.size()), intervals(c))
                        : GeniusWebJson.readCase(files.get(0), files.subList(1, files.size()));
                assertThat(back.parties()).hasSameSizeAs(c.parties());
                assertThat(Export.unsupported(back, t)).as(name + " " + t)
                        .allMatch(line -> line.contains("a GENIUS real range is continuous"));
                OutcomeSpace space = c.domain().outcomeSpace();
                assertThat(back.domain().outcomeSpace().longSize()).isEqualTo(space.longSize());
                int[] values = new int[c.domain().size()];
                double worst = 0;
                for (long k = 0; k < space.longSize(); k++) {
                    space.decode(k, values);
                    for (int p = 0; p < c.parties().size(); p++) {
                        worst = Math.max(worst, Math.abs(back.party(p).utility(values) - c.party(p).utility(values)));
                    }
                }
                assertThat(worst).as(name + " " + t).isLessThan(1e-9);
            }
        }
    }
}
