package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The child JVM's command line, from an engine's build directory. */
class EngineLauncherTest {
    @AfterEach
    void forget() {
        System.clearProperty("detente.spark.home");
    }

    private static Path build(Path home) throws Exception {
        Files.createDirectories(home.resolve("classes"));
        Path a = Files.createFile(home.resolve("a.jar"));
        Path b = Files.createFile(home.resolve("b.jar"));
        Files.writeString(home.resolve("detente-spark.classpath"), a.toString());
        Files.writeString(home.resolve("spark.classpath"), b + File.pathSeparator + a);
        Files.writeString(home.resolve("detente-spark.jvmopts"), "--add-opens=java.base/java.nio=ALL-UNNAMED -Dx=y\n");
        Files.writeString(home.resolve("log4j2.properties"), "rootLogger.level = warn\n");
        System.setProperty("detente.spark.home", home.toString());
        return home;
    }

    @Test
    void theChildRunsMainWithTheEnginesClassPathAndOptions(@TempDir Path dir) throws Exception {
        Path home = build(dir);
        List<String> cmd = EngineLauncher.command("spark", List.of("tournament", "t.yaml", "--engine", "spark"));
        assertThat(cmd.get(0)).endsWith("java");
        assertThat(cmd).contains("--add-opens=java.base/java.nio=ALL-UNNAMED", "-Dx=y",
                "-D" + EngineLauncher.RELAUNCHED + "=true", "-Dlog4j2.configurationFile=" + home.resolve("log4j2.properties"));
        String cp = cmd.get(cmd.indexOf("-cp") + 1);
        assertThat(cp).startsWith(home.resolve("classes") + File.pathSeparator + home.resolve("a.jar")
                + File.pathSeparator + home.resolve("b.jar"));
        assertThat(cp.split(File.pathSeparator)).doesNotHaveDuplicates();
        // the child watches this JVM, and knows which entries are Détente's (a.jar) and not the engine's (b.jar)
        assertThat(cmd).contains("-D" + EngineLauncher.LAUNCHER + "=" + ProcessHandle.current().pid());
        String code = cmd.stream().filter(a -> a.startsWith("-D" + EngineLauncher.CODE + "=")).findFirst().orElseThrow();
        assertThat(code.substring(code.indexOf('=') + 1).split(File.pathSeparator))
                .startsWith(home.resolve("classes").toString(), home.resolve("a.jar").toString())
                .doesNotContain(home.resolve("b.jar").toString());
        assertThat(cmd.subList(cmd.indexOf("-cp") + 2, cmd.size()))
                .containsExactly(Main.class.getName(), "tournament", "t.yaml", "--engine", "spark");
    }

    @Test
    void aClassPathEntryThatIsGoneAsksForARebuild(@TempDir Path dir) throws Exception {
        Path home = build(dir);
        Files.delete(home.resolve("b.jar"));
        assertThatThrownBy(() -> EngineLauncher.command("spark", List.of()))
                .isInstanceOf(EngineLauncher.Unavailable.class)
                .hasMessageContaining("b.jar, which no longer exists").hasMessageContaining("-pl edges/spark -am package");
    }

    @Test
    void noBuildNoLaunch(@TempDir Path dir) {
        System.setProperty("detente.spark.home", dir.toString());
        assertThat(EngineLauncher.home("spark")).isNull();
        assertThatThrownBy(() -> EngineLauncher.command("spark", List.of()))
                .isInstanceOf(EngineLauncher.Unavailable.class).hasMessageContaining("not on this class path");
    }
}
