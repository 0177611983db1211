package org.detente.testing;

import java.io.File;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The exported surface of Détente's modules, checked against its use: every public top-level type
 * of a package that a module descriptor exports should be used by another module's classes, or it
 * is surface that no caller needs. Uses are the class dependencies {@code jdeps -verbose:class}
 * reports, read from the class files with ASM ({@link ClassFiles}; each folder or jar is read
 * once). A test that sees every module (the command line's, which depends on them all) compares
 * {@link #unusedExports(List)} with the list of known exceptions, so that the surface cannot grow
 * unnoticed.
 */
public final class ModuleSurface {
    private ModuleSurface() {
    }

    /**
     * A module: its name, the folder or jar of its classes, and the packages it exports (to anyone or
     * to some modules). Its classes are read once, when first needed (already, for one found on the
     * class path).
     */
    public static final class Module {
        private final String name;
        private final Path classes;
        private final Set<String> exports;
        private List<ClassFiles.Compiled> compiled;

        public Module(String name, Path classes, Set<String> exports) {
            this(name, classes, exports, null);
        }

        private Module(String name, Path classes, Set<String> exports, List<ClassFiles.Compiled> compiled) {
            this.name = Objects.requireNonNull(name, "name");
            this.classes = Objects.requireNonNull(classes, "classes");
            this.exports = Set.copyOf(exports);
            this.compiled = compiled;
        }

        public String name() {
            return name;
        }

        public Path classes() {
            return classes;
        }

        public Set<String> exports() {
            return exports;
        }

        private List<ClassFiles.Compiled> compiled() {
            if (compiled == null) {
                compiled = ClassFiles.read(classes, d -> true).classes();
            }
            return compiled;
        }

        @Override
        public String toString() {
            return name + " (" + classes + ")";
        }
    }

    /**
     * The modules on this JVM's class path (folders or jars with a module descriptor) whose names
     * start with {@code prefix}, in class path order, their classes read. The tests run on the class
     * path: the descriptors are read as files, not resolved.
     */
    public static List<Module> onClassPath(String prefix) {
        List<Module> modules = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (!Files.exists(p) || !Files.isDirectory(p) && !entry.endsWith(".jar")) {
                continue;
            }
            ClassFiles.Read read = ClassFiles.read(p, d -> d != null && d.name().startsWith(prefix));
            ModuleDescriptor d = read.descriptor();
            if (d != null && d.name().startsWith(prefix)) {
                Set<String> exports = new TreeSet<>();
                d.exports().forEach(e -> exports.add(e.source()));
                modules.add(new Module(d.name(), p, exports, read.classes()));
            }
        }
        return List.copyOf(modules);
    }

    /**
     * The public top-level types of the exported packages of these modules that no class of another
     * of these modules uses, by name, sorted.
     */
    public static List<String> unusedExports(List<Module> modules) {
        Map<String, String> moduleOf = new HashMap<>();
        List<String> exported = new ArrayList<>();
        for (Module m : modules) {
            for (ClassFiles.Compiled c : m.compiled()) {
                String n = c.name();
                moduleOf.put(n, m.name());
                int dot = n.lastIndexOf('.');
                if (!n.contains("$") && !n.endsWith(".package-info") && c.isPublic()
                        && m.exports().contains(dot < 0 ? "" : n.substring(0, dot))) {
                    exported.add(n);
                }
            }
        }
        Set<String> used = new HashSet<>();
        for (Module m : modules) {
            for (ClassFiles.Compiled c : m.compiled()) {
                for (String u : c.uses()) {
                    String target = u.split("\\$", 2)[0];
                    if (!m.name().equals(moduleOf.get(target))) {
                        used.add(target);
                    }
                }
            }
        }
        var unused = new TreeSet<String>();
        for (String c : exported) {
            if (!used.contains(c)) {
                unused.add(c);
            }
        }
        return List.copyOf(unused);
    }
}
