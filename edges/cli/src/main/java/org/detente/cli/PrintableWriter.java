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
        var sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (passes(c)) {
                sb.append(c);
            } else {
                sb.append(String.format(java.util.Locale.ROOT, "\\x%02X", (int) c));
            }
        }
        return sb.toString();
    }

    private static boolean passes(char c) {
        return c == '\n' || c == '\r' || c == '\t' || !(c < 0x20 || c == 0x7F || c >= 0x80 && c < 0xA0);
    }

    @Override
    public void write(int c) throws IOException {
        if (passes((char) c)) {
            out.write(c);
        } else {
            out.write(escape(String.valueOf((char) c)));
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        write(new String(cbuf, off, len), 0, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        out.write(escape(str.substring(off, off + len)));
    }
}
