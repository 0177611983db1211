package org.detente.release;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Writes the third-party notices of a release, at build time: for every bundled artifact (from
 * {@code mvn dependency:list}) its name, version, home page and licences, read from its POM or the
 * nearest parent POM that states them; and the licence and notice files its jar carries. The build
 * fails when an artifact states no licence anywhere, so that no dependency ships unaccounted for.
 */
public final class Notices {
    /** Our own artifacts, under the project's licence. */
    private static final String OWN_GROUP = "org.detente";

    private Notices() {
    }

    /**
     * One bundled artifact.
     *
     * @param group    group id
     * @param artifact artifact id
     * @param version  version
     * @param jar      the jar in the local repository
     */
    record Artifact(String group, String artifact, String version, Path jar) {
        String coordinates() {
            return group + ":" + artifact + ":" + version;
        }
    }

    /**
     * What a POM chain says about an artifact.
     *
     * @param name     its name (the artifact id when none)
     * @param url      its home page, or ""
     * @param licenses its licences, each "name (url)"; empty when no POM of the chain states one
     */
    record Facts(String name, String url, List<String> licenses) {
    }

    /**
     * Writes {@code THIRD-PARTY.txt} and {@code licenses/} into the output directory.
     *
     * @param args the dependency list file, the local repository, the output directory
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: Notices DEPENDENCY_LIST LOCAL_REPOSITORY OUT_DIR");
        }
        List<Artifact> artifacts = parse(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8));
        Path repo = Path.of(args[1]);
        Path out = Path.of(args[2]);
        Files.createDirectories(out.resolve("licenses"));
        StringBuilder text = new StringBuilder("""
                Third-party software bundled in lib/detente.jar
                ================================================

                Détente is licensed under the Apache License 2.0 (LICENSE). It bundles the libraries
                below, each under its own licence, as stated in its Maven POM. The licence and notice
                files each library's jar carries are copied under licenses/<group>.<artifact>/.
                Generated at build time from the dependency list.

                """);
        List<String> missing = new ArrayList<>();
        for (Artifact a : artifacts) {
            if (a.group().equals(OWN_GROUP)) {
                continue;
            }
            Facts f = facts(repo, a);
            if (f.licenses().isEmpty()) {
                missing.add(a.coordinates());
            }
            text.append(a.coordinates()).append('\n').append("  ").append(f.name())
                    .append(f.url().isEmpty() ? "" : " — " + f.url()).append('\n');
            for (String l : f.licenses()) {
                text.append("  licence: ").append(l).append('\n');
            }
            int copied = copyLegalFiles(a, out.resolve("licenses").resolve(a.group() + "." + a.artifact()));
            if (copied > 0) {
                text.append("  files: licenses/").append(a.group()).append('.').append(a.artifact()).append("/\n");
            }
            text.append('\n');
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("no licence stated in the POM chain of: " + String.join(", ", missing)
                    + " — add it to the release module's notices before shipping");
        }
        Files.writeString(out.resolve("THIRD-PARTY.txt"), text.toString(), StandardCharsets.UTF_8);
    }

    /** The artifacts of a {@code dependency:list} file written with absolute file names. */
    static List<Artifact> parse(List<String> lines) {
        List<Artifact> out = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            int module = line.indexOf(" -- ");
            if (module >= 0) {
                line = line.substring(0, module).strip();
            }
            // group:artifact:type[:classifier]:version:scope:/absolute/path.jar
            String[] parts = line.split(":", -1);
            int jar = -1;
            for (int i = 0; i < parts.length; i++) {
                if (parts[i].toLowerCase(Locale.ROOT).endsWith(".jar")) {
                    jar = i;
                }
            }
            if (parts.length < 6 || jar < 0) {
                continue;
            }
            int scope = scopeIndex(parts);
            if (scope < 4) {
                continue;
            }
            String path = String.join(":", java.util.Arrays.copyOfRange(parts, scope + 1, parts.length));
            out.add(new Artifact(parts[0], parts[1], parts[scope - 1], Path.of(path)));
        }
        return out;
    }

    private static int scopeIndex(String[] parts) {
        for (int i = 3; i < parts.length; i++) {
            if (List.of("compile", "runtime", "provided", "system", "test").contains(parts[i])) {
                return i;
            }
        }
        return -1;
    }

    /** Name, home page and licences, the licences from the nearest POM of the parent chain that states them. */
    static Facts facts(Path repo, Artifact a) throws Exception {
        Element pom = read(pomOf(repo, a.group(), a.artifact(), a.version()));
        String name = literal(child(pom, "name"), a.artifact());
        String url = literal(child(pom, "url"), "");
        Element current = pom;
        for (int depth = 0; current != null && depth < 20; depth++) {
            List<String> licenses = licenses(current);
            if (!licenses.isEmpty()) {
                return new Facts(name, url, licenses);
            }
            Element parent = first(current, "parent");
            current = parent == null ? null : read(pomOf(repo, child(parent, "groupId"), child(parent, "artifactId"),
                    child(parent, "version")));
        }
        return new Facts(name, url, List.of());
    }

    /** The text, unless it is empty or an unexpanded Maven expression. */
    private static String literal(String text, String otherwise) {
        return text.isEmpty() || text.contains("${") ? otherwise : text;
    }

    private static Path pomOf(Path repo, String group, String artifact, String version) {
        return repo.resolve(group.replace('.', '/')).resolve(artifact).resolve(version)
                .resolve(artifact + "-" + version + ".pom");
    }

    private static List<String> licenses(Element pom) {
        List<String> out = new ArrayList<>();
        Element list = first(pom, "licenses");
        if (list == null) {
            return out;
        }
        for (Node n = list.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals("license")) {
                String url = child(e, "url");
                out.add(child(e, "name") + (url.isEmpty() ? "" : " (" + url + ")"));
            }
        }
        return out;
    }

    private static Element read(Path pom) throws Exception {
        if (!Files.isRegularFile(pom)) {
            throw new IllegalStateException("missing POM " + pom + " (build once online so that Maven fetches it)");
        }
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document d = f.newDocumentBuilder().parse(pom.toFile());
        return d.getDocumentElement();
    }

    /** The first direct child element of that name, or null. */
    private static Element first(Element e, String tag) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(tag)) {
                return c;
            }
        }
        return null;
    }

    private static String child(Element e, String tag) {
        Element c = first(e, tag);
        return c == null ? "" : c.getTextContent().strip().replaceAll("\\s+", " ");
    }

    /** Copies the jar's licence and notice files (META-INF/LICENSE*, NOTICE*, COPYING*); returns how many. */
    static int copyLegalFiles(Artifact a, Path dir) throws IOException {
        int n = 0;
        try (ZipFile zip = new ZipFile(a.jar().toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                String name = e.getName();
                int slash = name.lastIndexOf('/');
                String base = name.substring(slash + 1);
                String upper = base.toUpperCase(Locale.ROOT);
                boolean legal = upper.startsWith("LICENSE") || upper.startsWith("LICENCE") || upper.startsWith("NOTICE")
                        || upper.startsWith("COPYING");
                boolean top = !name.contains("/") || name.startsWith("META-INF/") && name.indexOf('/', 9) < 0;
                if (e.isDirectory() || !legal || !top || upper.endsWith(".CLASS")) {
                    continue;
                }
                Files.createDirectories(dir);
                try (InputStream in = zip.getInputStream(e)) {
                    Files.copy(in, dir.resolve(base), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                n++;
            }
        }
        return n;
    }
}
