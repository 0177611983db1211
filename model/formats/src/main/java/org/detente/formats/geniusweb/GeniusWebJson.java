package org.detente.formats.geniusweb;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.detente.formats.InputException;
import org.detente.formats.InputLimits;
import org.detente.formats.support.AtomicFiles;
import org.detente.formats.support.Node;
import org.detente.formats.support.Problems;
import org.detente.formats.support.Syntax;
import org.detente.formats.support.TreeReader;
import org.detente.model.Domain;
import org.detente.model.NegotiationCase;
import org.detente.model.Party;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * GeniusWeb JSON import and export: a domain file and one {@code LinearAdditiveUtilitySpace}
 * profile per party.
 *
 * <p>Reading keeps GeniusWeb's arithmetic: a bid's utility is the weighted sum of its value
 * utilities; issues are in the domain file's key order; a number range {@code {low, high, step}}
 * whose low is whole and step is 1 becomes an integer issue, any other a stepped real issue (high
 * is a value only when it lies on the step, as in GeniusWeb). A profile's reservation bid becomes
 * the party's reservation value: the bid's utility. Both key styles of value utilities are read.
 * Every problem is an {@link InputException} with the file, line, column and field path; the first
 * found in a file is thrown, the others attached as suppressed exceptions.
 *
 * <p>Writing uses the newer key style ({@code DiscreteValueSetUtilities},
 * {@code NumberValueSetUtilities}) and writes every file through a temporary file moved into place.
 */
public final class GeniusWebJson {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** What to do with what GeniusWeb profiles cannot express. */
    public enum Fidelity {
        /**
         * Refuse (with {@link IllegalArgumentException}) red lines, discount factors, reservation
         * values that no outcome's utility equals, and a case's preparation (profiles, ratifiers,
         * gestures).
         */
        EXACT,
        /**
         * Drop red lines, discount factors and the preparation; express a reservation value by the outcome of smallest
         * utility at or above it (or the best outcome, if none reaches it).
         */
        BEST_EFFORT
    }

    private GeniusWebJson() {
    }

    /**
     * Reads a GeniusWeb domain file.
     *
     * @param file the domain's JSON file
     * @return the domain, issues in the file's order
     * @throws InputException if the file is malformed or invalid
     * @throws IOException    if it cannot be read
     */
    public static Domain readDomain(Path file) throws InputException, IOException {
        return readDomain(file.toString(), text(file));
    }

    /**
     * Reads a GeniusWeb domain from text.
     *
     * @param sourceName name used in messages
     * @param json       the domain's JSON
     * @return the domain
     * @throws InputException if the text is malformed or invalid
     */
    public static Domain readDomain(String sourceName, String json) throws InputException {
        Node root = TreeReader.read(sourceName, json, Syntax.JSON);
        Problems problems = new Problems(sourceName);
        Domain d = new DomainReader(problems).read(root);
        problems.throwIfAny();
        return d;
    }

    /**
     * Reads a GeniusWeb linear additive profile over {@code domain}; the party is named by the
     * profile's {@code name}.
     *
     * @param file   the profile's JSON file
     * @param domain the domain (the profile's own copy of it must match)
     * @return the party: utility, reservation value (the reservation bid's utility, else 0), no red lines
     * @throws InputException if the file is malformed or invalid
     * @throws IOException    if it cannot be read
     */
    public static Party readProfile(Path file, Domain domain) throws InputException, IOException {
        return readProfile(file.toString(), text(file), domain);
    }

    /**
     * Reads a GeniusWeb linear additive profile from text.
     *
     * @param sourceName name used in messages
     * @param json       the profile's JSON
     * @param domain     the domain
     * @return the party
     * @throws InputException if the text is malformed or invalid
     */
    public static Party readProfile(String sourceName, String json, Domain domain) throws InputException {
        Node root = TreeReader.read(sourceName, json, Syntax.JSON);
        Problems problems = new Problems(sourceName);
        Party p = new ProfileReader(problems, domain).read(root);
        problems.throwIfAny();
        return p;
    }

    /**
     * Reads a domain and its profiles as a case named after the domain. Parties keep the profiles'
     * names; a name already taken gets the suffix {@code #2}, {@code #3}, ….
     *
     * @param domainFile   the domain file
     * @param profileFiles two or more profile files
     * @return the case
     * @throws InputException           if a file is malformed or invalid
     * @throws IOException              if a file cannot be read
     * @throws IllegalArgumentException if fewer than two profiles are given
     */
    public static NegotiationCase readCase(Path domainFile, List<Path> profileFiles) throws InputException, IOException {
        if (profileFiles.size() < 2) {
            throw new IllegalArgumentException("a case needs at least two profiles, got " + profileFiles.size());
        }
        Domain domain = readDomain(domainFile);
        List<Party> parties = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<String> fileNames = new ArrayList<>();
        for (Path f : profileFiles) {
            Party p = readProfile(f, domain);
            String name = p.name();
            for (int k = 2; !names.add(name); k++) {
                name = p.name() + "#" + k;
            }
            parties.add(name.equals(p.name()) ? p : new Party(name, p.preferences()));
            fileNames.add(String.valueOf(f.getFileName()));
        }
        return new NegotiationCase(domain.name(), "Imported from GeniusWeb: domain " + domainFile.getFileName()
                + ", profiles " + String.join(", ", fileNames) + ".", domain, parties);
    }

    /**
     * Writes a case as GeniusWeb JSON with {@link Fidelity#EXACT}.
     *
     * @param c         the case
     * @param directory where to write (created if missing)
     * @return the files written: the domain first, then one profile per party in party order
     * @throws IOException              if a file cannot be written
     * @throws IllegalArgumentException if the case has what GeniusWeb cannot express (see {@link Fidelity})
     */
    public static List<Path> write(NegotiationCase c, Path directory) throws IOException {
        return write(c, directory, Fidelity.EXACT);
    }

    /**
     * Writes a case as GeniusWeb JSON: {@code <domain>.json} and {@code <party>.json} for each party
     * (names reduced to letters, digits, '-' and '_'; a clash gets a numeric suffix). Everything is
     * built before the first file is written.
     *
     * @param c         the case
     * @param directory where to write (created if missing)
     * @param fidelity  what to do with what GeniusWeb cannot express
     * @return the files written: the domain first, then one profile per party in party order
     * @throws IOException              if a file cannot be written
     * @throws IllegalArgumentException if the case has what GeniusWeb cannot express: a non-linear
     *                                  utility, a real issue without a step or off its step, a
     *                                  non-linear numeric value function; with EXACT also red lines,
     *                                  discount factors and unmatched reservation values
     */
    public static List<Path> write(NegotiationCase c, Path directory, Fidelity fidelity) throws IOException {
        GeniusWebWriter w = new GeniusWebWriter(c, fidelity);
        Map<Path, String> files = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        files.put(directory.resolve(fileName(c.domain().name(), taken)), json(w.domain()));
        List<Map<String, Object>> profiles = w.profiles();
        w.checkPreparation();
        for (int i = 0; i < profiles.size(); i++) {
            files.put(directory.resolve(fileName(c.party(i).name(), taken)), json(profiles.get(i)));
        }
        Files.createDirectories(directory);
        for (var e : files.entrySet()) {
            AtomicFiles.writeString(e.getKey(), e.getValue());
        }
        return List.copyOf(files.keySet());
    }

    /**
     * The reservation values of a case that no outcome's utility equals, so that a GeniusWeb
     * reservation bid only approximates them ({@link Fidelity#BEST_EFFORT}), one line each.
     *
     * @param c the case
     * @return what would be approximated; empty when every reservation value is written exactly
     */
    public static List<String> approximatedReservations(NegotiationCase c) {
        return new GeniusWebWriter(c, Fidelity.BEST_EFFORT).approximatedReservations();
    }

    private static String json(Object tree) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n";
    }

    private static String fileName(String name, Set<String> taken) {
        String base = name.replaceAll("[^A-Za-z0-9_-]+", "_").replaceAll("^_+|_+$", "");
        if (base.isEmpty()) {
            base = "file";
        }
        String candidate = base;
        for (int k = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); k++) {
            candidate = base + "-" + k;
        }
        return candidate + ".json";
    }

    private static String text(Path file) throws InputException {
        return InputLimits.text(file);
    }
}
