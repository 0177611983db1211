package org.detente.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notices generator reads the dependency list and finds each licence up the parent chain. */
class NoticesTest {
    @Test
    void readsPlainClassifiedAndModularLines() {
        List<Notices.Artifact> a = Notices.parse(List.of(
                "",
                "The following files have been resolved:",
                "   info.picocli:picocli:jar:4.7.7:compile:/m2/info/picocli/picocli/4.7.7/picocli-4.7.7.jar -- module info.picocli",
                "   org.x:y:jar:linux:1.0:runtime:/m2/org/x/y/1.0/y-1.0-linux.jar",
                "   none"));
        assertThat(a).containsExactly(
                new Notices.Artifact("info.picocli", "picocli", "4.7.7", Path.of("/m2/info/picocli/picocli/4.7.7/picocli-4.7.7.jar")),
                new Notices.Artifact("org.x", "y", "1.0", Path.of("/m2/org/x/y/1.0/y-1.0-linux.jar")));
    }

    @Test
    void aLicenceStatedByAParentIsFound(@TempDir Path repo) throws Exception {
        pom(repo, "org.x", "parent", "2", "<licenses><license><name>MIT</name><url>https://mit</url></license></licenses>");
        pom(repo, "org.x", "child", "1", "<parent><groupId>org.x</groupId><artifactId>parent</artifactId>"
                + "<version>2</version></parent><name>Child ${project.version}</name><url>https://child</url>");
        pom(repo, "org.x", "orphan", "1", "<name>Orphan</name>");
        Notices.Facts child = Notices.facts(repo, new Notices.Artifact("org.x", "child", "1", Path.of("c.jar")));
        assertThat(child).isEqualTo(new Notices.Facts("child", "https://child", List.of("MIT (https://mit)")));
        assertThat(Notices.facts(repo, new Notices.Artifact("org.x", "orphan", "1", Path.of("o.jar"))).licenses()).isEmpty();
    }

    private static void pom(Path repo, String group, String artifact, String version, String body) throws Exception {
        Path dir = Files.createDirectories(repo.resolve(group.replace('.', '/')).resolve(artifact).resolve(version));
        Files.writeString(dir.resolve(artifact + "-" + version + ".pom"), "<project><groupId>" + group + "</groupId>"
                + "<artifactId>" + artifact + "</artifactId><version>" + version + "</version>" + body + "</project>");
    }
}
