package org.detente.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.signature.SignatureReader;
import org.objectweb.asm.signature.SignatureVisitor;

/**
 * Compiled classes read with ASM, a folder or a jar opened once: its module descriptor, and each
 * class's access and the classes it uses — what {@code jdeps -verbose:class} counts (its test holds
 * the two equal): the classes and descriptors of the constant pool, the types and generic
 * signatures of the class, its fields and methods, the exceptions its methods declare, and the
 * annotations visible at run time on the class, its fields, methods and parameters.
 */
final class ClassFiles {
    private ClassFiles() {
    }

    /**
     * One class.
     *
     * @param name     its binary name ({@code a.b.C$D})
     * @param isPublic whether it is public
     * @param uses     the binary names of the classes it uses (itself, the JDK's and arrays' elements included)
     */
    record Compiled(String name, boolean isPublic, Set<String> uses) {
    }

    /**
     * A folder or jar of classes.
     *
     * @param descriptor its module descriptor, or null if it has none
     * @param classes    its classes (not the module descriptor), or none if they were not wanted
     */
    record Read(ModuleDescriptor descriptor, List<Compiled> classes) {
    }

    /**
     * Reads a folder or jar of classes: its descriptor, and its classes if {@code wanted} (given the
     * descriptor, null if none) says so.
     *
     * @throws UncheckedIOException if it cannot be read
     */
    static Read read(Path classes, Predicate<ModuleDescriptor> wanted) {
        try {
            if (Files.isDirectory(classes)) {
                Path info = classes.resolve("module-info.class");
                ModuleDescriptor d = null;
                if (Files.exists(info)) {
                    try (InputStream in = Files.newInputStream(info)) {
                        d = ModuleDescriptor.read(in);
                    }
                }
                List<Compiled> all = new ArrayList<>();
                if (wanted.test(d)) {
                    try (Stream<Path> files = Files.walk(classes)) {
                        for (Path f : (Iterable<Path>) files::iterator) {
                            if (isClass(classes.relativize(f).toString().replace('\\', '/'))) {
                                all.add(compiled(Files.readAllBytes(f)));
                            }
                        }
                    }
                }
                return new Read(d, List.copyOf(all));
            }
            try (ZipFile jar = new ZipFile(classes.toFile())) {
                ZipEntry info = jar.getEntry("module-info.class");
                ModuleDescriptor d = null;
                if (info != null) {
                    try (InputStream in = jar.getInputStream(info)) {
                        d = ModuleDescriptor.read(in);
                    }
                }
                List<Compiled> all = new ArrayList<>();
                if (wanted.test(d)) {
                    for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        ZipEntry entry = e.nextElement();
                        if (!entry.isDirectory() && isClass(entry.getName())) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                all.add(compiled(in.readAllBytes()));
                            }
                        }
                    }
                }
                return new Read(d, List.copyOf(all));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(classes + ": cannot read the classes", e);
        }
    }

    /** Whether a path in a folder or jar of classes names a class (not a module descriptor, nor a versioned copy). */
    private static boolean isClass(String path) {
        return path.endsWith(".class") && !path.endsWith("module-info.class") && !path.startsWith("META-INF/");
    }

    private static final int CLASS = 7;
    private static final int NAME_AND_TYPE = 12;
    private static final int METHOD_TYPE = 16;

    private static Compiled compiled(byte[] bytes) {
        ClassReader r = new ClassReader(bytes);
        Set<String> uses = new HashSet<>();
        char[] buf = new char[r.getMaxStringLength()];
        for (int i = 1; i < r.getItemCount(); i++) {
            int at = r.getItem(i); // just after the entry's tag; 0 for the second slot of a long or double
            if (at == 0) {
                continue;
            }
            switch (bytes[at - 1]) {
                case CLASS -> className(r.readUTF8(at, buf), uses);
                case NAME_AND_TYPE -> descriptor(r.readUTF8(at + 2, buf), uses);
                case METHOD_TYPE -> descriptor(r.readUTF8(at, buf), uses);
                default -> {
                    // the other entries name classes through the entries above
                }
            }
        }
        r.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                              String[] interfaces) {
                signature(signature, uses);
            }

            @Override
            public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
                return ClassFiles.annotation(descriptor, visible, uses);
            }

            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                descriptor(descriptor, uses);
                signature(signature, uses);
                return new FieldVisitor(Opcodes.ASM9) {
                    @Override
                    public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                        return ClassFiles.annotation(annotation, visible, uses);
                    }
                };
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                descriptor(descriptor, uses);
                signature(signature, uses);
                if (exceptions != null) {
                    for (String e : exceptions) {
                        className(e, uses);
                    }
                }
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                        return ClassFiles.annotation(annotation, visible, uses);
                    }

                    @Override
                    public AnnotationVisitor visitParameterAnnotation(int parameter, String annotation, boolean visible) {
                        return ClassFiles.annotation(annotation, visible, uses);
                    }
                };
            }
        }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return new Compiled(r.getClassName().replace('/', '.'), (r.getAccess() & Opcodes.ACC_PUBLIC) != 0,
                Set.copyOf(uses));
    }

    /** An annotation of the class, a field, a method or a parameter: its type, if it is visible at run time. */
    private static AnnotationVisitor annotation(String descriptor, boolean visible, Set<String> uses) {
        if (visible) {
            descriptor(descriptor, uses);
        }
        return null;
    }

    /** A constant pool class: an internal name, or an array's descriptor. */
    private static void className(String internal, Set<String> uses) {
        if (internal.startsWith("[")) {
            descriptor(internal, uses);
        } else {
            uses.add(internal.replace('/', '.'));
        }
    }

    private static void descriptor(String descriptor, Set<String> uses) {
        Type t = Type.getType(descriptor);
        if (t.getSort() == Type.METHOD) {
            for (Type a : t.getArgumentTypes()) {
                type(a, uses);
            }
            type(t.getReturnType(), uses);
        } else {
            type(t, uses);
        }
    }

    private static void type(Type t, Set<String> uses) {
        Type e = t.getSort() == Type.ARRAY ? t.getElementType() : t;
        if (e.getSort() == Type.OBJECT) {
            uses.add(e.getClassName());
        }
    }

    /** The classes of a generic signature (an inner class of a generic class as {@code Outer$Inner}). */
    private static void signature(String signature, Set<String> uses) {
        if (signature == null) {
            return;
        }
        Deque<String> open = new ArrayDeque<>();
        new SignatureReader(signature).accept(new SignatureVisitor(Opcodes.ASM9) {
            @Override
            public void visitClassType(String name) {
                open.push(name);
                uses.add(name.replace('/', '.'));
            }

            @Override
            public void visitInnerClassType(String name) {
                String inner = open.pop() + "$" + name;
                open.push(inner);
                uses.add(inner.replace('/', '.'));
            }

            @Override
            public void visitEnd() {
                open.pop();
            }
        });
    }
}
