package org.detente.formats;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The stated limits on what is read, applied before or while reading — never after a parser has
 * spent minutes on a document it will refuse — and the one place input files are read.
 *
 * <ul>
 *   <li>a file (case, GENIUS, GeniusWeb, conflict) is at most {@value #MAX_FILE_BYTES} bytes
 *       (16 MiB: a discrete issue of 400,000 values in a YAML case), checked by its size before a
 *       byte is read; the JSON and YAML parsers are held to the same length while reading;</li>
 *   <li>one string (a name, a description) is at most {@value #MAX_STRING_CHARS} characters;</li>
 *   <li>objects, arrays and XML elements nest at most {@value #MAX_NESTING} deep (a case needs 6).</li>
 * </ul>
 * Beyond a limit is an {@link InputException#limit() InputException marked as a limit}.
 */
public final class InputLimits {
    /** Largest input file, in bytes. */
    public static final long MAX_FILE_BYTES = 16L << 20;
    /** Longest single string value, in characters. */
    public static final int MAX_STRING_CHARS = 1 << 20;
    /** Deepest nesting of objects, arrays or elements. */
    public static final int MAX_NESTING = 64;

    private InputLimits() {
    }

    /**
     * The bytes of a file within {@link #MAX_FILE_BYTES}.
     *
     * @throws InputException if it is not a readable regular file (the reason named), or too large (a limit)
     */
    public static byte[] bytes(Path file) throws InputException {
        try {
            if (Files.isDirectory(file)) {
                throw new InputException(file, 0, 0, "", "cannot read the file: it is a directory");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw tooLarge(file.toString(), size);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file, 0, 0, "", "cannot read the file: no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(file, 0, 0, "", "cannot read the file: permission denied");
        } catch (IOException e) {
            throw new InputException(file, 0, 0, "", "cannot read the file: " + reason(e));
        }
    }

    /**
     * The text of a file within {@link #MAX_FILE_BYTES}, as strict UTF-8.
     *
     * @throws InputException as {@link #bytes}, or if the file is not UTF-8 text (naming the byte offset)
     */
    public static String text(Path file) throws InputException {
        byte[] bytes = bytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text; // a malformed sequence would have been replaced by U+FFFD
        }
        // find the first bad byte (or accept a file that holds U+FFFD itself)
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(file, 0, 0, "", "the file is not valid UTF-8 text (first bad byte near offset "
                    + in.position() + ")");
        }
    }

    /**
     * Checks the length of a text received whole (a request body).
     *
     * @throws InputException marked as a limit if it is longer than {@link #MAX_FILE_BYTES}
     */
    public static String check(String source, String text) throws InputException {
        if (text.length() > MAX_FILE_BYTES) {
            throw tooLarge(source, text.length());
        }
        return text;
    }

    private static InputException tooLarge(String source, long size) {
        return InputException.limit(source, 0, 0, "", String.format(java.util.Locale.ROOT,
                "the input is %.1f MiB; inputs are limited to %d MiB", size / 1048576.0, MAX_FILE_BYTES >> 20));
    }

    /** The reason an I/O operation failed, without the path the caller already names. */
    static String reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
