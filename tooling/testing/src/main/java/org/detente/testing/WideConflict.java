package org.detente.testing;

/**
 * A conflict wider than an analysis may take, as YAML, for the tests of the limits (the command line
 * answers exit 4, the web 422): {@code options} options shared evenly among {@code decisionMakers}
 * decision makers, each preferring its first option.
 */
public final class WideConflict {
    private WideConflict() {
    }

    /**
     * The conflict file's text.
     *
     * @param options        how many options (a multiple of {@code decisionMakers})
     * @param decisionMakers how many decision makers
     */
    public static String yaml(int options, int decisionMakers) {
        var yaml = new StringBuilder("conflict: wide\noptions:\n");
        for (int o = 0; o < options; o++) {
            yaml.append("  - {id: o").append(o).append(", name: option ").append(o).append("}\n");
        }
        yaml.append("decisionMakers:\n");
        int each = options / decisionMakers;
        for (int d = 0; d < decisionMakers; d++) {
            yaml.append("  - name: D").append(d).append("\n    options: [");
            for (int o = 0; o < each; o++) {
                yaml.append(o == 0 ? "" : ", ").append("o").append(d * each + o);
            }
            yaml.append("]\n    preferences:\n      - o").append(d * each).append("\n");
        }
        return yaml.toString();
    }
}
