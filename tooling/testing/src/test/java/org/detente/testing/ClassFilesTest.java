package org.detente.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class files are read as {@code jdeps -verbose:class -filter:none} reads them (the JDK's own
 * analyser, the oracle here): the same class → class dependencies, on classes that use others in
 * every way a class file can, and on this module's own classes.
 */
class ClassFilesTest {
    @TempDir
    Path dir;

    @Test
    void theDependenciesAreThoseJdepsReports() throws IOException {
        Path classes = Javac.compile(dir, "classes", Map.of(
                "u/Ann.java", "package u; @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)"
                        + " public @interface Ann { Class<?> value(); }",
                "u/Gen.java", "package u; public class Gen<T> { public class In { } }",
                "u/Oops.java", "package u; public class Oops extends Exception { }",
                "v/V.java", "package v; import java.util.*; @FunctionalInterface public interface V {"
                        + " List<u.Gen<String>.In> all(Map<String, ? extends Number> m) throws u.Oops; }",
                "v/R.java", "package v; public record R(@com.example.None int x, u.Gen<?>[][] grid) { }",
                "w/W.java", "package w; @u.Ann(String.class) @com.example.None class W implements v.V {"
                        + " public java.util.List<u.Gen<String>.In> all(java.util.Map<String, ? extends Number> m) {"
                        + " Runnable r = () -> System.out.println(new v.R(1, null)); r.run(); return null; }"
                        + " int[] ints() { return new int[0]; } void take(@u.Ann(Integer.class) Object o) { } }",
                "com/example/None.java", "package com.example; public @interface None { }",
                "x/A.java", "package x; import java.lang.annotation.*; public class A {"
                        + " @Retention(RetentionPolicy.RUNTIME) public @interface F { }"
                        + " @Retention(RetentionPolicy.RUNTIME) public @interface M { }"
                        + " @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.TYPE_USE) public @interface T { } }",
                "y/Y.java", "package y; class Y { @x.A.F int f; @x.A.M void m() { } }",
                "z/Z.java", "package z; class Z { java.util.List<@x.A.T String> typed; }"));
        assertThat(asm(classes)).isEqualTo(jdeps(classes)).isNotEmpty();
        Path own = PackageCycles.classesOf(ClassFiles.class);
        assertThat(asm(own)).isEqualTo(jdeps(own));
    }

    @Test
    void theAccessIsRead() throws IOException {
        Path classes = Javac.compile(dir, "access", Map.of(
                "a/Open.java", "package a; public class Open { static class Nested { } }",
                "a/Shut.java", "package a; class Shut { }"));
        assertThat(ClassFiles.read(classes, d -> true).classes()).extracting(c -> c.name() + " " + c.isPublic())
                .containsExactlyInAnyOrder("a.Open true", "a.Open$Nested false", "a.Shut false");
        assertThat(ClassFiles.read(classes, d -> false).classes()).as("not wanted").isEmpty();
    }

    private static Set<String> asm(Path classes) {
        Set<String> deps = new TreeSet<>();
        for (ClassFiles.Compiled c : ClassFiles.read(classes, d -> true).classes()) {
            c.uses().stream().filter(u -> !u.equals(c.name())).forEach(u -> deps.add(c.name() + " -> " + u));
        }
        return deps;
    }

    private static Set<String> jdeps(Path classes) {
        StringWriter out = new StringWriter();
        int code = ToolProvider.findFirst("jdeps").orElseThrow().run(new PrintWriter(out), new PrintWriter(System.err),
                "-verbose:class", "-filter:none", classes.toString());
        assertThat(code).as("jdeps").isZero();
        Set<String> deps = new TreeSet<>();
        for (String line : out.toString().split("\\R")) {
            String[] t = line.trim().split("\\s+");
            // "   a.b.C      -> x.y.Z      archive" (lines not indented name the archives)
            if (line.startsWith(" ") && t.length >= 3 && t[1].equals("->") && !t[0].equals(t[2])) {
                deps.add(t[0] + " -> " + t[2]);
            }
        }
        return deps;
    }
}
