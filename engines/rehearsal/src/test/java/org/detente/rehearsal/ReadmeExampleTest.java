package org.detente.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.detente.formats.casefile.CaseFiles;
import org.detente.rehearsal.agents.BuiltInAgents;
import org.detente.testing.Repository;
import org.junit.jupiter.api.Test;

/** The Java example of the README's "Rehearsal" section, as written there. */
class ReadmeExampleTest {
    @Test
    void readmeExample() throws Exception {
        Scenario s = Scenario.prepare(CaseFiles.read(Repository.path("examples/arms-control.yaml")));
        SessionSpec spec = new SessionSpec("demo", s, List.of("strategist", "improviser"),
                Deadline.rounds(200), 1, Duration.ZERO);
        SessionResult r = Sessions.run(spec, BuiltInAgents.registry(), SessionOptions.defaults().withTrace(true));
        assertThat(r.agreement()).isTrue();
        assertThat(r.utilities()).hasSize(2);
        assertThat(r.paretoDistance()).isLessThanOrEqualTo(r.nashDistance());
        assertThat(r.trace()).hasSize(r.offers());
    }
}
