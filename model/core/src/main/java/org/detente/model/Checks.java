package org.detente.model;

/** Argument checks shared by the model's records; each returns its argument. */
final class Checks {
    private Checks() {
    }

    static String name(String s, String what) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return s;
    }

    static double finiteNonNegative(double v, String what) {
        if (!Double.isFinite(v) || v < 0) {
            throw new IllegalArgumentException(what + " must be a finite number ≥ 0, was " + v);
        }
        return v;
    }
}
