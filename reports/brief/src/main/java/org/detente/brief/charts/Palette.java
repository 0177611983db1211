package org.detente.brief.charts;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * One colour and one marker per meaning, for every chart of the brief. The web workbench draws
 * with the same table ({@code palette.js}, checked against this one by a test); docs/charts.md
 * lists it.
 */
public enum Palette {
    /** Packages no party's red line refuses, outside the ZOPA. */
    OUTSIDE_ZOPA("outside the ZOPA", 0xc9d1d9, Marker.SQUARE),
    /** Packages in the ZOPA that a ratifier would reject. */
    ZOPA("ZOPA, not ratifiable on both sides", 0x9cc7e8, Marker.SQUARE),
    /** Packages in the ZOPA that both sides' ratifiers accept. */
    ZOPA_RATIFIABLE("ZOPA, ratifiable on both sides", 0x7dcea0, Marker.SQUARE),
    /** A package some party's red line refuses: never a possible agreement. */
    CROSSES_RED_LINE("crosses a red line (no agreement possible)", 0xd98880, Marker.CROSS),
    /** The Pareto frontier of the packages within every red line. */
    FRONTIER("Pareto frontier", 0x1b2631, Marker.CIRCLE),
    /** The Nash bargaining solution. */
    NASH("Nash", 0x7d3c98, Marker.DIAMOND),
    /** The Kalai–Smorodinsky solution. */
    KALAI_SMORODINSKY("Kalai–Smorodinsky", 0xb9770e, Marker.SQUARE),
    /** The egalitarian solution. */
    EGALITARIAN("egalitarian", 0x117a65, Marker.TRIANGLE_DOWN),
    /** The package of greatest total utility. */
    MAX_WELFARE("max welfare", 0x6e2c00, Marker.CIRCLE),
    /** A deal named in the case file. */
    DEAL("deal in the case", 0x7f8c8d, Marker.TRIANGLE),
    /** The plan's opening offer. */
    OPENING("opening", 0x1e8449, Marker.TRIANGLE),
    /** The plan's target. */
    TARGET("target", 0xe67e22, Marker.STAR),
    /** The plan's last offer before walking away. */
    LAST_OFFER("last offer before walking away", 0x212f3d, Marker.SQUARE),
    /** The agreement a session reached. */
    AGREEMENT("agreement", 0xc0392b, Marker.STAR),
    /** Packages better for every party than an agreement. */
    BETTER_FOR_ALL("better for every party", 0x45b39d, Marker.CIRCLE),
    /** Our side's offers (or, with no side, the first party's). */
    OURS("our offers", 0x2471a3, Marker.CIRCLE),
    /** The counterpart's offers (or the second party's). */
    THEIRS("their offers", 0xcb4335, Marker.TRIANGLE),
    /** The plan's aspiration over time. */
    ASPIRATION("the plan's aspiration", 0x95a5a6, Marker.CIRCLE),
    /** The chance a counterpart accepts a package we can sign. */
    P_ACCEPT("P(accept), viable", 0x5dade2, Marker.CIRCLE),
    /** The chance a counterpart accepts a package we cannot sign or they cannot ratify. */
    P_ACCEPT_NOT_VIABLE("P(accept), not viable (we cannot sign it or it is not ratified there)", 0xb0bac4, Marker.CIRCLE),
    /** Our expected utility of a package. */
    EXPECTED_UTILITY("expected utility", 0x873600, Marker.DIAMOND),
    /** A rehearsal run of the plan. */
    RUN_PLAN("plan", 0x1a5276, Marker.CIRCLE),
    /** A rehearsal run of the Strategist. */
    RUN_STRATEGIST("strategist", 0xaf7ac5, Marker.CIRCLE),
    /** A text a mediator put to the parties (single-text protocol). */
    MEDIATOR_TEXT("texts by the mediator", 0x5d6d7e, Marker.SQUARE);

    /** The markers, each a shape in the unit square [−1, 1]² (the web draws the same paths). */
    public enum Marker {
        CIRCLE, SQUARE, DIAMOND, TRIANGLE, TRIANGLE_DOWN, STAR, CROSS;

        /** Its name in the web's palette: the constant's name in lower camel case. */
        public String key() {
            return camel(name());
        }

        /** The marker scaled to {@code size} pixels across, centred on the origin. */
        public Shape shape(double size) {
            double h = size / 2;
            return switch (this) {
                case CIRCLE -> new Ellipse2D.Double(-h, -h, size, size);
                case SQUARE -> new Rectangle2D.Double(-h, -h, size, size);
                case DIAMOND -> polygon(h, 0, -1, 1, 0, 0, 1, -1, 0);
                case TRIANGLE -> polygon(h, 0, -1, 1, 1, -1, 1);
                case TRIANGLE_DOWN -> polygon(h, -1, -1, 1, -1, 0, 1);
                case STAR -> star(h);
                case CROSS -> polygon(h, -1, -0.7, -0.7, -1, 0, -0.3, 0.7, -1, 1, -0.7, 0.3, 0, 1, 0.7, 0.7, 1, 0, 0.3,
                        -0.7, 1, -1, 0.7, -0.3, 0);
            };
        }

        private static Shape polygon(double h, double... xy) {
            Path2D.Double p = new Path2D.Double();
            p.moveTo(xy[0] * h, xy[1] * h);
            for (int i = 2; i < xy.length; i += 2) {
                p.lineTo(xy[i] * h, xy[i + 1] * h);
            }
            p.closePath();
            return p;
        }

        private static Shape star(double h) {
            double[] xy = new double[20];
            for (int i = 0; i < 10; i++) {
                double r = i % 2 == 0 ? 1 : 0.45;
                double a = -Math.PI / 2 + i * Math.PI / 5;
                xy[2 * i] = r * Math.cos(a);
                xy[2 * i + 1] = r * Math.sin(a);
            }
            return polygon(h, xy);
        }
    }

    private final String label;
    private final int rgb;
    private final Marker marker;

    Palette(String label, int rgb, Marker marker) {
        this.label = label;
        this.rgb = rgb;
        this.marker = marker;
    }

    /** The legend's words for this meaning. */
    public String label() {
        return label;
    }

    /** Its name in the web's palette and the API: the constant's name in lower camel case. */
    public String key() {
        return camel(name());
    }

    static String camel(String constant) {
        String[] words = constant.toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            b.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return b.toString();
    }

    /** Its colour. */
    public Color color() {
        return new Color(rgb);
    }

    /** Its colour as {@code #rrggbb}. */
    public String hex() {
        return String.format("#%06x", rgb);
    }

    /** Its marker. */
    public Marker marker() {
        return marker;
    }

    /** Its marker, {@code size} pixels across. */
    Shape shape(double size) {
        return marker.shape(size);
    }
}
