package org.detente.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Détente's code as jars a cluster can ship to its executors: each jar as it is, each class folder
 * (a build's {@code target/classes}) packed into a jar of its own.
 */
final class CodeJars {
    private CodeJars() {
    }

    /**
     * The jars for these class path entries.
     *
     * @param entries jars and class folders; entries that are neither (gone, or other files) are skipped
     * @param into    where packed folders go (one {@code N-NAME.jar} each)
     * @return the jars, in the entries' order
     * @throws IOException if a folder cannot be read or its jar written
     */
    static List<Path> of(List<Path> entries, Path into) throws IOException {
        List<Path> jars = new ArrayList<>();
        for (Path e : entries) {
            if (Files.isDirectory(e)) {
                Path name = e.toAbsolutePath().normalize();
                // target/classes → N-<module>-classes.jar: recognisable in Spark's logs
                String label = (name.getParent() != null && name.getParent().getParent() != null
                        ? name.getParent().getParent().getFileName() + "-" : "") + name.getFileName();
                jars.add(pack(e, into.resolve(jars.size() + "-" + label.replaceAll("[^A-Za-z0-9._-]", "_") + ".jar")));
            } else if (Files.isRegularFile(e)) {
                jars.add(e);
            }
        }
        return jars;
    }

    /** Writes every file under {@code dir} into the jar {@code jar}, paths relative to {@code dir}. */
    static Path pack(Path dir, Path jar) throws IOException {
        Files.createDirectories(jar.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out);
             Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                String name = dir.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
                if (name.isEmpty()) {
                    continue;
                }
                if (Files.isDirectory(f)) {
                    j.putNextEntry(new JarEntry(name + "/"));
                } else {
                    j.putNextEntry(new JarEntry(name));
                    Files.copy(f, j);
                }
                j.closeEntry();
            }
        }
        return jar;
    }
}
