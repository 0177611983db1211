package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The flagship case with one profile, ratifier or gesture broken, as the brief issue lists them; each
 * must end a command with exit 3 and one line naming the file and the field.
 */
final class BadProfiles {
    /** One mutation: replace {@code from} by {@code to}; the error names {@code field} and says {@code words}. */
    record Mutation(String from, String to, String field, String words) {
    }

    static final List<Mutation> ALL = List.of(
            new Mutation("reservation: {triangular: [0.35, 0.45, 0.65]}", "reservation: {uniform: [0.5, 0.3]}",
                    "profiles[0].reservation.uniform", "minimum exceeds its maximum"),
            new Mutation("inspections: {uniform: [0.15, 0.35]}", "inspections: {uniform: [1.15, 1.35]}",
                    "profiles[0].weights.inspections.uniform", "no probability inside [0, 1]"),
            new Mutation("    party: Russia\n    rule: Ratification", "    party: Rusia\n    rule: Ratification",
                    "ratifiers[1].party", "unknown party 'Rusia'"),
            new Mutation("    issues: [inspections]", "    issues: [missileDefence]",
                    "gestures[2].issues[0]", "unknown issue 'missileDefence'"));

    private BadProfiles() {
    }

    /** Writes each mutated case to {@code dir/bad.yaml}, runs {@code command} on it and checks the one-line error. */
    static void check(Path flagship, Path dir, Function<Path, Cli> command) throws Exception {
        String text = Files.readString(flagship);
        for (Mutation m : ALL) {
            assertThat(text).contains(m.from());
            Path file = dir.resolve("bad.yaml");
            Files.writeString(file, text.replace(m.from(), m.to()));
            Cli r = command.apply(file);
            assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.INVALID_INPUT);
            assertThat(r.out()).isEmpty();
            assertThat(r.err().strip()).doesNotContain("\n")
                    .startsWith("detente: invalid input: " + file + ":")
                    .contains(m.field() + ": ", m.words());
        }
    }
}
