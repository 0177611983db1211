package org.detente.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.tools.ToolProvider;

/** Compiles small sources for the tests of the class-dependency checks. */
final class Javac {
    private Javac() {
    }

    /**
     * Compiles {path: source} (with javac's options) into {@code dir/name}, the sources written to
     * {@code dir/src-name}; fails the test if javac does.
     */
    static Path compile(Path dir, String name, Map<String, String> sources, String... options) throws IOException {
        Path src = dir.resolve("src-" + name);
        Path out = dir.resolve(name);
        Files.createDirectories(out);
        List<String> args = new ArrayList<>(List.of(options));
        args.addAll(List.of("-d", out.toString()));
        for (var e : sources.entrySet()) {
            Path f = src.resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.writeString(f, e.getValue());
            args.add(f.toString());
        }
        int code = ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new));
        assertThat(code).as("javac").isZero();
        return out;
    }
}
