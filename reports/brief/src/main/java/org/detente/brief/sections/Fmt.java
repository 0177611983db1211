package org.detente.brief.sections;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.detente.model.Domain;
import org.detente.model.Outcome;
import org.detente.model.RedLine;

/** Numbers and packages written for people. */
final class Fmt {
    private Fmt() {
    }

    static String u(double x) {
        if (Double.isNaN(x)) {
            return "—";
        }
        String s = String.format(Locale.ROOT, "%.3f", x);
        return s.equals("-0.000") ? "0.000" : s;
    }

    static String pct(double share) {
        return Double.isNaN(share) ? "—" : String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    static String count(BigInteger n) {
        return n == null ? "—" : n.bitLength() < 63 ? String.format(Locale.ROOT, "%,d", n.longValue()) : n.toString();
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A package as "issue = value, …". */
    static String pkg(Domain d, Outcome o) {
        Map<String, String> labels = d.labels(o);
        return labels.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", "));
    }

    /** A red line in words. */
    static String redLine(Domain d, RedLine r) {
        return r.describe(d.issue(r.issue()));
    }

    static String redLines(Domain d, List<RedLine> rs) {
        return rs.isEmpty() ? "none" : String.join("; ", rs.stream().map(r -> redLine(d, r)).toList());
    }

    static String num(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }

    static String ratio(double r) {
        return Double.isInfinite(r) ? "∞" : String.format(Locale.ROOT, "%.2f", r);
    }
}
