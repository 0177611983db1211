package org.detente.testing;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The package cycles among a module's compiled classes, found from the class dependencies {@code jdeps
 * -verbose:class} reports, read from the class files with ASM ({@link ClassFiles}). Each module's tests call
 * {@link #assertNone(Class)} with one of its classes, so a build that introduces a cycle fails and
 * names it. Dependencies on other modules are not followed: Maven already forbids cycles between
 * modules, and a package lives in one module.
 */
public final class PackageCycles {
    private PackageCycles() {
    }

    /**
     * A cycle: packages each reachable from every other through the dependencies of their classes.
     *
     * @param packages the packages, sorted
     * @param edges    each dependency between two of them, with one class dependency that makes it
     *                 ({@code a -> b (a.X -> b.Y)}), sorted
     */
    public record Cycle(List<String> packages, List<String> edges) {
        @Override
        public String toString() {
            return "package cycle " + String.join(" <-> ", packages) + ":\n    " + String.join("\n    ", edges);
        }
    }

    /**
     * Fails, naming every cycle and the class dependencies that close it, if the packages of the
     * classes compiled beside {@code anyClass} (its module's {@code target/classes} or jar) form a cycle.
     *
     * @throws AssertionError if there is a cycle
     */
    public static void assertNone(Class<?> anyClass) {
        Path root = classesOf(anyClass);
        List<Cycle> cycles = in(root);
        if (!cycles.isEmpty()) {
            StringBuilder sb = new StringBuilder(cycles.size() + " package cycle(s) in " + root + ":");
            cycles.forEach(c -> sb.append('\n').append(c));
            throw new AssertionError(sb.toString());
        }
    }

    /** The folder or jar a class was loaded from. */
    public static Path classesOf(Class<?> c) {
        var source = c.getProtectionDomain().getCodeSource();
        if (source == null) {
            throw new IllegalArgumentException(c.getName() + " has no code source (a JDK class?)");
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(c.getName() + ": cannot read its location " + source.getLocation(), e);
        }
    }

    /**
     * The cycles among the packages of the classes under {@code classes} (a folder or a jar), in
     * the order of their first package's name; empty if there is none.
     */
    public static List<Cycle> in(Path classes) {
        if (!Files.exists(classes)) {
            throw new IllegalArgumentException(classes + ": no such folder or jar");
        }
        List<String[]> deps = new ArrayList<>();
        for (ClassFiles.Compiled c : ClassFiles.read(classes, d -> true).classes()) {
            for (String used : c.uses()) {
                deps.add(new String[] {c.name(), used});
            }
        }
        return cycles(deps);
    }

    /** The cycles of the package graph that these class dependencies make. */
    static List<Cycle> cycles(List<String[]> classDeps) {
        var packages = new TreeSet<String>();
        for (String[] d : classDeps) {
            packages.add(packageOf(d[0]));
        }
        List<String> names = List.copyOf(packages);
        Map<String, Integer> index = new TreeMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        int n = names.size();
        boolean[][] reach = new boolean[n][n];
        // one class dependency per package dependency, the first in name order, to show why it exists
        Map<String, String> why = new TreeMap<>();
        for (String[] d : classDeps) {
            String from = packageOf(d[0]);
            String to = packageOf(d[1]);
            Integer j = index.get(to);
            if (j == null || from.equals(to)) {
                continue;
            }
            reach[index.get(from)][j] = true;
            why.merge(from + " -> " + to, d[0] + " -> " + d[1], (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        // transitive closure (Warshall): a module has a few dozen packages at most
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                if (reach[i][k]) {
                    for (int j = 0; j < n; j++) {
                        reach[i][j] |= reach[k][j];
                    }
                }
            }
        }
        List<Cycle> cycles = new ArrayList<>();
        boolean[] placed = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (placed[i] || !reach[i][i]) {
                continue;
            }
            List<String> members = new ArrayList<>();
            for (int j = i; j < n; j++) {
                if (j == i || (reach[i][j] && reach[j][i])) {
                    members.add(names.get(j));
                    placed[j] = true;
                }
            }
            List<String> edges = new ArrayList<>();
            for (var e : why.entrySet()) {
                String[] ends = e.getKey().split(" -> ");
                if (members.contains(ends[0]) && members.contains(ends[1])) {
                    edges.add(e.getKey() + " (" + e.getValue() + ")");
                }
            }
            cycles.add(new Cycle(List.copyOf(members), List.copyOf(edges)));
        }
        return cycles;
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }
}
