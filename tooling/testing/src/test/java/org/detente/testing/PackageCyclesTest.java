package org.detente.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The package-cycle check finds a cycle it is shown, names it, and passes what has none. */
class PackageCyclesTest {
    @TempDir
    Path dir;

    /** Compiles {path: source} into dir/classes. */
    private Path compile(Map<String, String> sources) throws IOException {
        return Javac.compile(dir, "classes", sources);
    }

    @Test
    void findsAndNamesACycle() throws IOException {
        Path classes = compile(Map.of(
                "p/a/A.java", "package p.a; public class A { public p.b.B b; }",
                "p/b/B.java", "package p.b; public class B { public p.c.C c; }",
                "p/c/C.java", "package p.c; public class C { public p.a.A a; }",
                "p/d/D.java", "package p.d; public class D { public p.a.A a; }"));
        List<PackageCycles.Cycle> cycles = PackageCycles.in(classes);
        assertThat(cycles).hasSize(1);
        assertThat(cycles.get(0).packages()).containsExactly("p.a", "p.b", "p.c");
        assertThat(cycles.get(0).edges()).containsExactly("p.a -> p.b (p.a.A -> p.b.B)", "p.b -> p.c (p.b.B -> p.c.C)",
                "p.c -> p.a (p.c.C -> p.a.A)");
        assertThat(cycles.get(0).toString()).startsWith("package cycle p.a <-> p.b <-> p.c:");
    }

    @Test
    void twoCyclesAreTwo() throws IOException {
        Path classes = compile(Map.of(
                "x/A.java", "package x; public class A { public x.y.B b; }",
                "x/y/B.java", "package x.y; public class B { public x.A a; public z.C c; }",
                "z/C.java", "package z; public class C { public z.w.D d; }",
                "z/w/D.java", "package z.w; public class D { public z.C c; }"));
        assertThat(PackageCycles.in(classes)).extracting(PackageCycles.Cycle::packages)
                .containsExactly(List.of("x", "x.y"), List.of("z", "z.w"));
    }

    @Test
    void readsAModuleWithoutTheModulesItRequires() throws IOException {
        // module m requires n; m's classes are read alone, as a module's tests give them
        Path n = Javac.compile(dir, "n", Map.of("module-info.java", "module n { exports n; }",
                "n/N.java", "package n; public class N { }"));
        Path m = Javac.compile(dir, "m", Map.of("module-info.java", "module m { requires n; }",
                "m/a/A.java", "package m.a; public class A { public m.b.B b; public n.N n; }",
                "m/b/B.java", "package m.b; public class B { public m.a.A a; }"), "--module-path", n.toString());
        assertThat(PackageCycles.in(m)).extracting(PackageCycles.Cycle::packages).containsExactly(List.of("m.a", "m.b"));
    }

    @Test
    void layersPass() throws IOException {
        Path classes = compile(Map.of(
                "q/api/Api.java", "package q.api; public interface Api { q.model.M m(); }",
                "q/model/M.java", "package q.model; public record M(int x) { }",
                "q/engine/E.java", "package q.engine; class E implements q.api.Api { public q.model.M m() { return new q.model.M(1); } }"));
        assertThat(PackageCycles.in(classes)).isEmpty();
    }

    @Test
    void assertNoneFailsNamingTheCycle() throws Exception {
        Path classes = compile(Map.of(
                "r/A.java", "package r; public class A { public r.s.B b; }",
                "r/s/B.java", "package r.s; public class B { public r.A a; }"));
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {classes.toUri().toURL()}, null)) {
            Class<?> a = loader.loadClass("r.A");
            assertThatThrownBy(() -> PackageCycles.assertNone(a)).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("package cycle r <-> r.s").hasMessageContaining("r.s -> r (r.s.B -> r.A)");
        }
    }

    @Test
    void thisModuleHasNone() {
        PackageCycles.assertNone(PackageCycles.class);
    }
}
