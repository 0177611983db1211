package org.detente.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** A plug-in agent jar built by a test: a provider compiled with javax.tools, listed in its {@code META-INF/services}. */
public final class AgentJar {
    private AgentJar() {
    }

    /**
     * Builds {@code DIR/stubborn.jar}, holding the agent {@code stubborn} (it offers its best outcome
     * every turn), compiled against the running JVM's class path (which must hold the rehearsal module).
     *
     * @return the jar
     * @throws IllegalStateException if the source does not compile
     */
    public static Path stubborn(Path dir) throws java.io.IOException {
        Path src = dir.resolve("src/org/example/Stubborn.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, String.join("\n",
                "package org.example;",
                "public final class Stubborn implements org.detente.rehearsal.AgentProvider {",
                "    public String name() { return \"stubborn\"; }",
                "    public org.detente.rehearsal.Agent create(org.detente.rehearsal.AgentSetup setup) {",
                "        return v -> new org.detente.rehearsal.Offer(v.own().outcomeAt(0));",
                "    }",
                "}", ""));
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                src.toString()) != 0) {
            throw new IllegalStateException("the test agent did not compile");
        }
        Path jar = dir.resolve("stubborn.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("org/example/Stubborn.class"));
            out.write(Files.readAllBytes(classes.resolve("org/example/Stubborn.class")));
            out.closeEntry();
            out.putNextEntry(new JarEntry("META-INF/services/org.detente.rehearsal.AgentProvider"));
            out.write("org.example.Stubborn\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }
}
