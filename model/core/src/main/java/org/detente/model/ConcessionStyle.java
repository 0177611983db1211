package org.detente.model;

import java.util.List;

/**
 * How a party is believed to concede over time, as the exponent e of a time-dependent tactic
 * (Faratin, Sierra and Jennings): its demanded utility falls from its best towards its reservation
 * value as {@code 1 − (t/T)^(1/e)}. e = 0 never concedes, e &lt; 1 concedes late (Boulware),
 * e = 1 linearly, e &gt; 1 early (Conceder). The named styles use GENIUS's exponents.
 *
 * @param name     the style's name ("boulware", …, or "custom")
 * @param exponent e, finite and ≥ 0
 */
public record ConcessionStyle(String name, double exponent) {

    /** Never concedes before the deadline (e = 0). */
    public static final ConcessionStyle HARDLINER = new ConcessionStyle("hardliner", 0);
    /** Concedes late (e = 0.2). */
    public static final ConcessionStyle BOULWARE = new ConcessionStyle("boulware", 0.2);
    /** Concedes at a constant rate (e = 1). */
    public static final ConcessionStyle LINEAR = new ConcessionStyle("linear", 1);
    /** Concedes early (e = 2). */
    public static final ConcessionStyle CONCEDER = new ConcessionStyle("conceder", 2);

    /** The named styles, from the hardest to the softest. */
    public static final List<ConcessionStyle> NAMED = List.of(HARDLINER, BOULWARE, LINEAR, CONCEDER);

    /** @throws IllegalArgumentException if the name is blank or the exponent negative or not finite */
    public ConcessionStyle {
        name = Checks.name(name, "concession style name");
        Checks.finiteNonNegative(exponent, "concession exponent");
    }

    /**
     * The named style.
     *
     * @throws IllegalArgumentException if no style has that name (the message lists the names)
     */
    public static ConcessionStyle named(String name) {
        for (ConcessionStyle s : NAMED) {
            if (s.name.equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown concession style '" + name + "' (the styles are: "
                + String.join(", ", NAMED.stream().map(ConcessionStyle::name).toList()) + ", or a number ≥ 0)");
    }

    /**
     * A style given by its exponent: the named style with that exponent, or "custom".
     *
     * @throws IllegalArgumentException if the exponent is negative or not finite
     */
    public static ConcessionStyle ofExponent(double exponent) {
        for (ConcessionStyle s : NAMED) {
            if (s.exponent == exponent) {
                return s;
            }
        }
        return new ConcessionStyle("custom", exponent);
    }
}
