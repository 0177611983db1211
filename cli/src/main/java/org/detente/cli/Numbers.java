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

    static String utility(double u) {
        return Double.isNaN(u) ? "—" : String.format(Locale.ROOT, "%.4f", u);
    }

    static String percent(double share) {
        return Double.isNaN(share) ? "—" : String.format(Locale.ROOT, "%.1f %%", share * 100);
    }
}
