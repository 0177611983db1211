package org.detente.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exported surface check finds the public exported types no other module uses, and only those. */
class ModuleSurfaceTest {
    @TempDir
    Path dir;

    @Test
    void findsWhatNoOtherModuleUses() throws IOException {
        Path a = Javac.compile(dir, "a", Map.of("module-info.java", "module a { exports a.api; exports a.shared to b; }",
                "a/api/Used.java", "package a.api; public class Used { public static a.api.Unused twin() { return null; } }",
                "a/api/Unused.java", "package a.api; public class Unused { }",
                "a/api/Hidden.java", "package a.api; class Hidden { }",
                "a/shared/Nested.java", "package a.shared; public class Nested { public static class Inner { } }",
                "a/engine/Engine.java", "package a.engine; public class Engine { a.api.Unused u; }"));
        Path b = Javac.compile(dir, "b", Map.of("module-info.java", "module b { requires a; exports b; }",
                "b/B.java", "package b; public class B { a.api.Used u; a.shared.Nested.Inner i; }"),
                "--module-path", a.toString());
        var modules = List.of(new ModuleSurface.Module("a", a, Set.of("a.api", "a.shared")),
                new ModuleSurface.Module("b", b, Set.of("b")));
        // Unused: used inside a only; Hidden: not public; Nested: used through its nested class;
        // Engine: not exported; b.B: nobody uses it
        assertThat(ModuleSurface.unusedExports(modules)).containsExactly("a.api.Unused", "b.B");

        // the same, with b in a modular jar (as Maven gives a module's dependencies once packaged)
        Path jar = dir.resolve("b.jar");
        int code = java.util.spi.ToolProvider.findFirst("jar").orElseThrow()
                .run(System.out, System.err, "--create", "--file", jar.toString(), "-C", b.toString(), ".");
        assertThat(code).as("jar").isZero();
        var packaged = List.of(modules.get(0), new ModuleSurface.Module("b", jar, Set.of("b")));
        assertThat(ModuleSurface.unusedExports(packaged)).containsExactly("a.api.Unused", "b.B");
    }
}
