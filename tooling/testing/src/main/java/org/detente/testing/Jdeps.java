package org.detente.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * {@code jdeps -verbose:class -filter:none} run in process: every class → class dependency of some
 * compiled classes, as pairs of class names. Classes with a module descriptor are read as plain
 * classes: {@code jdeps} would otherwise resolve the modules they require, which it is not given.
 */
final class Jdeps {
    private Jdeps() {
    }

    /**
     * The class dependencies of the classes in these folders or jars, together.
     *
     * @throws IllegalStateException if {@code jdeps} is missing (a JRE, not a JDK) or fails
     */
    static List<String[]> classDependencies(List<Path> classes) {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new IllegalStateException(
                "jdeps is not available: run the tests on a JDK (jdk.jdeps module), not a JRE"));
        List<Path> unpacked = new ArrayList<>();
        try {
            List<String> args = new ArrayList<>(List.of("-verbose:class", "-filter:none"));
            for (Path c : classes) {
                args.addAll(inputs(c, unpacked));
            }
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = jdeps.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
            if (code != 0) {
                throw new IllegalStateException("jdeps " + classes + " failed (exit " + code + "): " + err + out);
            }
            List<String[]> deps = new ArrayList<>();
            for (String line : out.toString().split("\\R")) {
                // "   a.b.C      -> x.y.Z      archive" (lines not indented name the archives)
                if (!line.startsWith(" ")) {
                    continue;
                }
                String[] t = line.trim().split("\\s+");
                if (t.length >= 3 && t[1].equals("->")) {
                    deps.add(new String[] {t[0], t[2]});
                }
            }
            return deps;
        } finally {
            unpacked.forEach(Jdeps::delete);
        }
    }

    /**
     * What to give {@code jdeps} for one folder or jar: itself if it has no module descriptor; else a
     * folder's top-level folders (class names come from the class files, not from the paths), or a
     * jar's classes unpacked without the descriptor into a temporary folder (added to unpacked).
     */
    private static List<String> inputs(Path classes, List<Path> unpacked) {
        try {
            Path folder = classes;
            if (!Files.isDirectory(classes)) {
                try (var jar = FileSystems.newFileSystem(classes)) {
                    if (!Files.exists(jar.getPath("module-info.class"))) {
                        return List.of(classes.toString());
                    }
                    folder = Files.createTempDirectory("jdeps");
                    unpacked.add(folder);
                    copyClasses(jar.getPath("/"), folder);
                }
            }
            if (!Files.exists(folder.resolve("module-info.class"))) {
                return List.of(folder.toString());
            }
            try (Stream<Path> top = Files.list(folder)) {
                return top.filter(Files::isDirectory).map(Path::toString).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(classes + ": cannot read the classes", e);
        }
    }

    private static void copyClasses(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = from.relativize(f).toString();
                if (Files.isRegularFile(f) && name.endsWith(".class") && !name.equals("module-info.class")) {
                    Path target = to.resolve(name);
                    Files.createDirectories(target.getParent());
                    Files.copy(f, target);
                }
            }
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder, e);
        }
    }
}
