package org.detente.testing;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The exported surface of Détente's modules, checked against its use: every public top-level type
 * of a package that a module descriptor exports should be used by another module's classes, or it
 * is surface that no caller needs. Uses are class dependencies found by {@code jdeps}. A test that
 * sees every module (the command line's, which depends on them all) compares
 * {@link #unusedExports(List)} with the list of known exceptions, so that the surface cannot grow
 * unnoticed.
 */
public final class ModuleSurface {
    private ModuleSurface() {
    }

    /**
     * A module: its name, the folder or jar of its classes, and the packages it exports (to anyone or
     * to some modules).
     */
    public record Module(String name, Path classes, Set<String> exports) {
    }

    /**
     * The modules on this JVM's class path (folders or jars with a module descriptor) whose names
     * start with {@code prefix}, in class path order. The tests run on the class path: the
     * descriptors are read as files, not resolved.
     */
    public static List<Module> onClassPath(String prefix) {
        List<Module> modules = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (!Files.exists(p)) {
                continue;
            }
            ModuleDescriptor d = descriptor(p);
            if (d != null && d.name().startsWith(prefix)) {
                Set<String> exports = new TreeSet<>();
                d.exports().forEach(e -> exports.add(e.source()));
                modules.add(new Module(d.name(), p, Set.copyOf(exports)));
            }
        }
        return List.copyOf(modules);
    }

    /**
     * The public top-level types of the exported packages of these modules that no class of another
     * of these modules uses, by name, sorted.
     *
     * @throws IllegalStateException if {@code jdeps} fails
     */
    public static List<String> unusedExports(List<Module> modules) {
        Map<String, String> moduleOf = new HashMap<>();
        List<String> exported = new ArrayList<>();
        for (Module m : modules) {
            for (var e : classesIn(m.classes()).entrySet()) {
                String c = e.getKey();
                moduleOf.put(c, m.name());
                int dot = c.lastIndexOf('.');
                if (!c.contains("$") && m.exports().contains(dot < 0 ? "" : c.substring(0, dot)) && e.getValue()) {
                    exported.add(c);
                }
            }
        }
        Set<String> used = new HashSet<>();
        for (String[] d : Jdeps.classDependencies(modules.stream().map(Module::classes).toList())) {
            String target = d[1].split("\\$", 2)[0];
            String from = moduleOf.get(d[0]);
            if (from != null && !from.equals(moduleOf.get(target))) {
                used.add(target);
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

    /** The descriptor of a folder or jar of classes, or null if it has none. */
    private static ModuleDescriptor descriptor(Path classes) {
        try {
            if (Files.isDirectory(classes)) {
                Path info = classes.resolve("module-info.class");
                if (!Files.exists(info)) {
                    return null;
                }
                try (InputStream in = Files.newInputStream(info)) {
                    return ModuleDescriptor.read(in);
                }
            }
            if (!classes.toString().endsWith(".jar")) {
                return null;
            }
            try (FileSystem jar = FileSystems.newFileSystem(classes)) {
                Path info = jar.getPath("module-info.class");
                if (!Files.exists(info)) {
                    return null;
                }
                try (InputStream in = Files.newInputStream(info)) {
                    return ModuleDescriptor.read(in);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(classes + ": cannot read the module descriptor", e);
        }
    }

    /** The classes in a folder or jar (not the module or package descriptors): name → whether public. */
    private static Map<String, Boolean> classesIn(Path classes) {
        try {
            if (Files.isDirectory(classes)) {
                return classFiles(classes);
            }
            try (FileSystem jar = FileSystems.newFileSystem(classes)) {
                return classFiles(jar.getPath("/"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(classes + ": cannot read the classes", e);
        }
    }

    private static Map<String, Boolean> classFiles(Path root) throws IOException {
        Map<String, Boolean> classes = new HashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String n = root.relativize(f).toString();
                if (n.endsWith(".class") && !n.endsWith("module-info.class") && !n.endsWith("package-info.class")) {
                    String name = n.substring(0, n.length() - ".class".length()).replace('/', '.').replace('\\', '.');
                    try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(f)))) {
                        classes.put(name, (accessFlags(in) & ACC_PUBLIC) != 0);
                    }
                }
            }
        }
        return classes;
    }

    private static final int ACC_PUBLIC = 0x0001;

    /** The access flags of a class file (JVMS 4.1): after the constant pool, which is skipped. */
    private static int accessFlags(DataInputStream in) throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> in.skipNBytes(in.readUnsignedShort()); // Utf8
                case 7, 8, 16, 19, 20 -> in.skipNBytes(2); // Class, String, MethodType, Module, Package
                case 15 -> in.skipNBytes(3); // MethodHandle
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4); // Integer, Float, refs, NameAndType, dynamic
                case 5, 6 -> { // Long, Double: two entries
                    in.skipNBytes(8);
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        return in.readUnsignedShort();
    }
}
