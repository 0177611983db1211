package org.detente.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * What the command line prints to a terminal, with control characters from names and messages
 * (ESC, NUL, BEL, …) shown escaped as {@code \x1B}: a case file cannot move the cursor, clear the
 * screen or retitle the window. Line breaks, tabs and the progress bar's carriage return pass.
 */
final class PrintableWriter extends FilterWriter {
    PrintableWriter(Writer out) {
        super(out);
    }

    /** The text with its control characters escaped (as printed). */
    static String escape(String s) {
        var sb = new java.io.StringWriter(s.length());
        try (var w = new PrintableWriter(sb)) {
            w.write(s);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return sb.toString();
    }

    private static boolean passes(char c) {
        return c == '\n' || c == '\r' || c == '\t' || !(c < 0x20 || c == 0x7F || c >= 0x80 && c < 0xA0);
    }

    /**
     * {@code \x1B} for the C0 controls; DEL and the C1 controls as JSON's six-character escape
     * (backslash, {@code u}, four hex digits): JSON writers escape the C0 controls themselves but pass
     * these through, so {@code --json} output stays valid JSON.
     */
    private static String escaped(char c) {
        return String.format(java.util.Locale.ROOT, c < 0x20 ? "\\x%02X" : "\\u%04X", (int) c);
    }

    @Override
    public void write(int c) throws IOException {
        if (passes((char) c)) {
            out.write(c);
        } else {
            out.write(escaped((char) c));
        }
    }

    // text without control characters (nearly all of it) passes through without a copy

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        int from = off;
        for (int i = off; i < off + len; i++) {
            if (!passes(cbuf[i])) {
                out.write(cbuf, from, i - from);
                out.write(escaped(cbuf[i]));
                from = i + 1;
            }
        }
        out.write(cbuf, from, off + len - from);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        int from = off;
        for (int i = off; i < off + len; i++) {
            if (!passes(str.charAt(i))) {
                out.write(str, from, i - from);
                out.write(escaped(str.charAt(i)));
                from = i + 1;
            }
        }
        out.write(str, from, off + len - from);
    }
}
