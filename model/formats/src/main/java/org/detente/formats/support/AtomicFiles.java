package org.detente.formats.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that readers see either the old content or the complete new one. A new file
 * gets the permissions any new file gets (the process's umask applies, as with a plain write);
 * a file written over keeps its own.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * Writes {@code text} (UTF-8) to a temporary file in the target's directory, then moves it onto
     * {@code target} (atomically where the file system can).
     *
     * @param target the file to write
     * @param text   its new content
     * @throws IOException if writing or moving fails (naming {@code target}, and a directory as such);
     *                     the temporary file is then removed
     */
    public static void writeString(Path target, String text) throws IOException {
        Path abs = target.toAbsolutePath();
        if (Files.isDirectory(abs)) {
            throw new IOException(target + ": it is a directory; name a file to write");
        }
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        Path tmp = newTemporary(dir, abs.getFileName().toString());
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            keepPermissions(abs, tmp);
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A new empty file beside the target, created with the default permissions (not 0600 as a temp file). */
    private static Path newTemporary(Path dir, String name) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path tmp = dir.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                    + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    private static void keepPermissions(Path target, Path tmp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (view != null && Files.exists(target)) {
            view.setPermissions(Files.getPosixFilePermissions(target));
        }
    }
}
