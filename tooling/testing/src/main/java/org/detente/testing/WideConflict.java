package org.detente.testing;

/**
 * A conflict too wide for a test's heap, as YAML: 24 options, two decision makers controlling 12
 * each, so that listing their unilateral moves needs more memory than a test JVM has (the command
 * line answers exit 4, the web 422).
 */
public final class WideConflict {
    private WideConflict() {
    }

    /** The conflict file's text. */
    public static String yaml() {
        var yaml = new StringBuilder("conflict: wide\noptions:\n");
        for (int o = 0; o < 24; o++) {
            yaml.append("  - {id: o").append(o).append(", name: option ").append(o).append("}\n");
        }
        yaml.append("decisionMakers:\n");
        for (int d = 0; d < 2; d++) {
            yaml.append("  - name: D").append(d).append("\n    options: [");
            for (int o = 0; o < 12; o++) {
                yaml.append(o == 0 ? "" : ", ").append("o").append(d * 12 + o);
            }
            yaml.append("]\n    preferences:\n      - o").append(d * 12).append("\n");
        }
        return yaml.toString();
    }
}
