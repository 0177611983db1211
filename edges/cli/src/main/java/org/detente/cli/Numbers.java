package org.detente.cli;

import java.math.BigInteger;
import java.util.Locale;

/** Number formatting for people. */
final class Numbers {
    private Numbers() {
    }

    static String count(BigInteger n) {
        if (n.bitLength() < 63) {
            return String.format(Locale.ROOT, "%,d", n.longValue());
        }
        String s = n.toString();
        return s + " (" + s.charAt(0) + "." + s.substring(1, Math.min(4, s.length())) + "e" + (s.length() - 1) + ")";
    }

    /** Four decimals; a value that rounds to zero is "0.0000", never "-0.0000". */
    static String utility(double u) {
        if (Double.isNaN(u)) {
            return "—";
        }
        String s = String.format(Locale.ROOT, "%.4f", u);
        return s.equals("-0.0000") ? "0.0000" : s;
    }

    static String percent(double share) {
        return Double.isNaN(share) ? "—" : String.format(Locale.ROOT, "%.1f %%", share * 100);
    }
}
