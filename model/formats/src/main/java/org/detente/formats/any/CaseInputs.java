package org.detente.formats.any;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.detente.formats.InputException;
import org.detente.formats.casefile.CaseFiles;
import org.detente.formats.genius.GeniusOptions;
import org.detente.formats.genius.GeniusXml;
import org.detente.formats.geniusweb.GeniusWebJson;
import org.detente.model.Domain;
import org.detente.model.NegotiationCase;
import org.detente.model.Party;

/**
 * Reads a case from the files that name it, whatever their format: one Détente case file, or a
 * GENIUS (XML) or GeniusWeb (JSON) domain followed by one profile per party. The command line and
 * the cluster engine read scenarios through here, so both get the same case from the same bytes.
 */
public final class CaseInputs {
    private CaseInputs() {
    }

    /** The formats a case can come in. */
    public enum Kind {
        /** One Détente case file (YAML or JSON). */
        NATIVE,
        /** A GENIUS domain and profiles (XML). */
        GENIUS,
        /** A GeniusWeb domain and profiles (JSON). */
        GENIUSWEB
    }

    /** The format of these files: one file is a case file; otherwise by the first file's extension. */
    public static Kind kind(List<Path> files) {
        if (files.size() == 1) {
            return Kind.NATIVE;
        }
        String first = files.get(0).getFileName().toString().toLowerCase(Locale.ROOT);
        return first.endsWith(".xml") ? Kind.GENIUS : Kind.GENIUSWEB;
    }

    /**
     * Reads the case.
     *
     * @param files   a case file, or a domain file and at least two profiles
     * @param genius  how GENIUS real issues are read
     * @return the case
     * @throws IllegalArgumentException if exactly two files (or none) are given
     * @throws InputException           if a file is malformed (naming file, line and field)
     * @throws IOException              if a file cannot be read
     */
    public static NegotiationCase read(List<Path> files, GeniusOptions genius) throws InputException, IOException {
        if (files.isEmpty() || files.size() == 2) {
            throw new IllegalArgumentException(files.size() + " files given: give one case file, or a domain file "
                    + "and one profile per party (at least two)");
        }
        List<Path> profiles = files.subList(1, files.size());
        return switch (kind(files)) {
            case NATIVE -> CaseFiles.read(files.get(0));
            case GENIUS -> GeniusXml.readCase(files.get(0), profiles, genius);
            case GENIUSWEB -> GeniusWebJson.readCase(files.get(0), profiles);
        };
    }

    /**
     * One side of a GENIUS or GeniusWeb scenario: the domain and our own profile, without the other
     * side's preferences.
     *
     * @param domain the issues
     * @param party  our party: named after the profile file (GENIUS: its name without extension) as
     *               {@link #read} names it
     */
    public record Side(Domain domain, Party party) {
    }

    /**
     * Reads a domain and one profile.
     *
     * @throws InputException if a file is malformed (naming file, line and field)
     * @throws IOException    if a file cannot be read
     */
    public static Side readSide(Path domainFile, Path profile, GeniusOptions genius) throws InputException, IOException {
        if (kind(List.of(domainFile, profile)) == Kind.GENIUS) {
            Domain d = GeniusXml.readDomain(domainFile, genius);
            String name = profile.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return new Side(d, GeniusXml.readProfile(profile, d, dot > 0 ? name.substring(0, dot) : name));
        }
        Domain d = GeniusWebJson.readDomain(domainFile);
        return new Side(d, GeniusWebJson.readProfile(profile, d));
    }
}
