package org.detente.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.detente.formats.InputException;
import org.detente.formats.support.Node;
import org.detente.formats.support.Syntax;
import org.detente.formats.support.TreeReader;
import org.detente.isolation.Launch;
import org.detente.isolation.Limits;
import org.detente.rehearsal.Deadline;
import org.detente.rehearsal.mediation.Mediators;

/**
 * A tournament file (YAML or JSON; see {@code examples/tournament.yaml}).
 *
 * @param source      the file
 * @param seed        the tournament seed
 * @param deadline    every session's deadline
 * @param repetitions repetitions of each pairing
 * @param agents      agent names
 * @param scenarios   scenarios, with files resolved against the config's directory
 * @param actionLimit per-action time limit ({@link Duration#ZERO}: none)
 * @param agentJars   plug-in jars of third-party agents ({@code agentJars:}), resolved against the
 *                    config's directory
 * @param isolate     whether every Java agent runs in a child JVM ({@code isolation: process}; the
 *                    default, {@code isolation: none}, keeps them in this JVM)
 * @param external    agents in any language ({@code external:}, each a {@code name} and a {@code command})
 * @param sessionLimit an isolated agent's time for its answers in all, a session ({@code sessionLimit:};
 *                    null for the default, {@link Duration#ZERO} for none)
 * @param agentMemory an isolated agent's memory in MiB ({@code agentMemory:}), or null for the default
 * @param mediators   the mediators of a single-text tournament ({@code protocol: single-text},
 *                    {@code mediators: [...]}; the agents then name party strategies), or empty for
 *                    alternating offers
 */
record TournamentConfig(Path source, long seed, Deadline deadline, int repetitions, List<String> agents,
                        List<ScenarioRef> scenarios, Duration actionLimit, List<Path> agentJars, boolean isolate,
                        List<Launch.External> external, Duration sessionLimit, Integer agentMemory,
                        List<String> mediators) {

    /** Default per-action limit: an agent silent for this long forfeits. */
    static final Duration DEFAULT_ACTION_LIMIT = Duration.ofSeconds(1);

    private static final Set<String> KEYS = Set.of("seed", "rounds", "time", "repetitions", "agents", "scenarios",
            "actionLimit", "agentJars", "isolation", "external", "sessionLimit", "agentMemory", "protocol",
            "mediators");
    /** {@code protocol:} values. */
    static final String ALTERNATING = "alternating-offers";
    static final String SINGLE_TEXT = "single-text";

    /**
     * A scenario entry.
     *
     * @param name  its name in results (from {@code name:}, else the first file's base name)
     * @param files a case file, or a domain file and its profiles
     */
    record ScenarioRef(String name, List<Path> files) {
        ScenarioRef {
            files = List.copyOf(files);
        }
    }

    TournamentConfig {
        agents = List.copyOf(agents);
        scenarios = List.copyOf(scenarios);
        agentJars = List.copyOf(agentJars);
        external = List.copyOf(external);
        mediators = List.copyOf(mediators);
    }

    /**
     * Reads a tournament file.
     *
     * @throws InputException if it is malformed (naming the line and field)
     * @throws IOException    if it cannot be read
     */
    static TournamentConfig read(Path file) throws InputException, IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Node root = TreeReader.read(file.toString(), text, lower.endsWith(".json") ? Syntax.JSON : Syntax.YAML);
        String src = file.toString();
        if (!(root instanceof Node.Obj obj)) {
            throw new InputException(src, root.line(), root.column(), "", "a tournament file is a mapping of keys");
        }
        for (var k : obj.keys().values()) {
            if (!KEYS.contains(k.value())) {
                throw new InputException(src, k.line(), k.column(), k.value(), "unknown key; known keys: "
                        + String.join(", ", new java.util.TreeSet<>(KEYS)));
            }
        }
        long seed = integer(src, obj, "seed", 0, Long.MIN_VALUE);
        Node rounds = obj.get("rounds");
        Node time = obj.get("time");
        if ((rounds == null) == (time == null)) {
            throw new InputException(src, obj.line(), obj.column(), "rounds", "give exactly one of 'rounds' and 'time'");
        }
        Deadline deadline = rounds != null ? Deadline.rounds((int) integer(src, obj, "rounds", 0, 1))
                : Deadline.time(duration(src, time));
        int reps = (int) integer(src, obj, "repetitions", 1, 1);
        Duration limit = obj.get("actionLimit") == null ? DEFAULT_ACTION_LIMIT : duration(src, obj.get("actionLimit"));
        List<String> agents = new ArrayList<>();
        for (Node a : array(src, obj, "agents")) {
            agents.add(string(src, a));
        }
        Path dir = file.toAbsolutePath().getParent();
        List<Path> jars = new ArrayList<>();
        if (obj.get("agentJars") != null) {
            for (Node j : array(src, obj, "agentJars")) {
                jars.add(dir.resolve(string(src, j)).normalize());
            }
        }
        List<ScenarioRef> scenarios = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>();
        for (Node s : array(src, obj, "scenarios")) {
            ScenarioRef ref = scenario(src, s, dir);
            String name = ref.name();
            for (int i = 2; !names.add(name); i++) {
                name = ref.name() + "-" + i;
            }
            scenarios.add(new ScenarioRef(name, ref.files()));
        }
        boolean isolate = false;
        Node iso = obj.get("isolation");
        if (iso != null) {
            String mode = iso instanceof Node.Str str ? str.value() : null;
            if (!"process".equals(mode) && !"none".equals(mode)) {
                throw new InputException(src, iso.line(), iso.column(), "isolation", "must be 'process' (every agent in a "
                        + "child process) or 'none' (in this JVM, the default), was " + describe(iso));
            }
            isolate = mode.equals("process");
        }
        List<Launch.External> external = new ArrayList<>();
        if (obj.get("external") != null) {
            for (Node e : array(src, obj, "external")) {
                external.add(external(src, e));
            }
        }
        Duration sessionLimit = null;
        Node sl = obj.get("sessionLimit");
        if (sl != null) {
            sessionLimit = sl instanceof Node.Num n && n.integral() && n.asLong() != null && n.asLong() == 0 ? Duration.ZERO
                    : duration(src, sl);
        }
        Integer memory = null;
        if (obj.get("agentMemory") != null) {
            memory = (int) integer(src, obj, "agentMemory", 0, Limits.MIN_MEMORY_MIB);
        }
        List<String> mediators = mediators(src, obj);
        if (!mediators.isEmpty()) {
            for (String key : List.of("isolation", "external", "agentJars", "sessionLimit", "agentMemory")) {
                Node where = obj.get(key);
                if (where != null && !(key.equals("isolation") && !isolate)) {
                    throw new InputException(src, where.line(), where.column(), key, "'" + key + "' applies to agents"
                            + " that make offers; a single-text tournament's parties answer a mediator with a strategy"
                            + " (truthful, strategic) in this JVM");
                }
            }
        }
        return new TournamentConfig(file, seed, deadline, reps, agents, scenarios, limit, jars, isolate, external,
                sessionLimit, memory, mediators);
    }

    /** An {@code external:} entry: {@code name} and {@code command} (a list, or a string split at spaces). */
    private static Launch.External external(String src, Node e) throws InputException {
        if (!(e instanceof Node.Obj o)) {
            throw new InputException(src, e.line(), e.column(), e.path(), "an external agent is a mapping with 'name' "
                    + "and 'command'");
        }
        for (var k : o.keys().values()) {
            if (!Set.of("name", "command").contains(k.value())) {
                throw new InputException(src, k.line(), k.column(), o.path() + "." + k.value(),
                        "unknown key; an external agent has name, command");
            }
        }
        if (o.get("name") == null || o.get("command") == null) {
            throw new InputException(src, o.line(), o.column(), o.path(), "an external agent needs 'name' and 'command'");
        }
        String name = string(src, o.get("name"));
        List<String> command = new ArrayList<>();
        Node c = o.get("command");
        if (c instanceof Node.Arr arr) {
            for (Node part : arr.items()) {
                command.add(string(src, part));
            }
        } else {
            for (String part : string(src, c).trim().split("\\s+")) {
                command.add(part);
            }
        }
        if (command.isEmpty()) {
            throw new InputException(src, c.line(), c.column(), c.path(), "must be a non-empty list");
        }
        return new Launch.External(name, command);
    }

    /** The mediators of {@code protocol: single-text}, checked; empty for alternating offers. */
    private static List<String> mediators(String src, Node.Obj obj) throws InputException {
        Node protocol = obj.get("protocol");
        String p = protocol == null ? ALTERNATING : string(src, protocol);
        if (!p.equals(ALTERNATING) && !p.equals(SINGLE_TEXT)) {
            throw new InputException(src, protocol.line(), protocol.column(), "protocol", "unknown protocol '" + p
                    + "'; known protocols: " + ALTERNATING + ", " + SINGLE_TEXT);
        }
        if (p.equals(ALTERNATING)) {
            Node m = obj.get("mediators");
            if (m != null) {
                throw new InputException(src, m.line(), m.column(), "mediators", "mediators need 'protocol: "
                        + SINGLE_TEXT + "'");
            }
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Node m : array(src, obj, "mediators")) {
            String name = string(src, m);
            if (!Mediators.contains(name)) {
                throw new InputException(src, m.line(), m.column(), m.path(), "unknown mediator '" + name
                        + "'; known mediators: " + String.join(", ", Mediators.names()));
            }
            if (out.contains(name)) {
                throw new InputException(src, m.line(), m.column(), m.path(), "mediator '" + name + "' is listed twice");
            }
            out.add(name);
        }
        return out;
    }

    private static ScenarioRef scenario(String src, Node s, Path dir) throws InputException {
        if (!(s instanceof Node.Obj o)) {
            throw new InputException(src, s.line(), s.column(), s.path(), "a scenario is a mapping with 'case', or "
                    + "'domain' and 'profiles'");
        }
        List<Path> files = new ArrayList<>();
        if (o.get("case") != null) {
            if (o.get("domain") != null || o.get("profiles") != null) {
                throw new InputException(src, o.line(), o.column(), o.path(), "give 'case', or 'domain' and 'profiles', not both");
            }
            files.add(dir.resolve(string(src, o.get("case"))).normalize());
        } else if (o.get("domain") != null) {
            files.add(dir.resolve(string(src, o.get("domain"))).normalize());
            List<Node> profiles = array(src, o, "profiles");
            if (profiles.size() < 2) {
                throw new InputException(src, o.line(), o.column(), o.path() + ".profiles", "give at least two profiles");
            }
            for (Node p : profiles) {
                files.add(dir.resolve(string(src, p)).normalize());
            }
        } else {
            throw new InputException(src, o.line(), o.column(), o.path(), "a scenario needs 'case', or 'domain' and 'profiles'");
        }
        for (var k : o.keys().values()) {
            if (!Set.of("case", "domain", "profiles", "name").contains(k.value())) {
                throw new InputException(src, k.line(), k.column(), o.path() + "." + k.value(),
                        "unknown key; a scenario has case, domain, profiles, name");
            }
        }
        String name = o.get("name") != null ? string(src, o.get("name")) : baseName(files.get(0));
        return new ScenarioRef(name, files);
    }

    private static String baseName(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private static long integer(String src, Node.Obj obj, String key, long dflt, long min) throws InputException {
        Node n = obj.get(key);
        if (n == null) {
            if (min > Long.MIN_VALUE && dflt < min) {
                throw new InputException(src, obj.line(), obj.column(), key, "missing");
            }
            return dflt;
        }
        if (!(n instanceof Node.Num num) || !num.integral() || num.asLong() == null || num.asLong() < min
                || min > 0 && num.asLong() > Integer.MAX_VALUE) {
            throw new InputException(src, n.line(), n.column(), key, "must be a whole number"
                    + (min > Long.MIN_VALUE ? " ≥ " + min : "") + ", was " + describe(n));
        }
        return num.asLong();
    }

    private static Duration duration(String src, Node n) throws InputException {
        String text = n instanceof Node.Num num ? num.text() : n instanceof Node.Str s ? s.value() : null;
        try {
            if (text == null) {
                throw new IllegalArgumentException();
            }
            return DeadlineOptions.duration(text);
        } catch (RuntimeException e) {
            throw new InputException(src, n.line(), n.column(), n.path(), "must be a positive duration such as 10s, "
                    + "500ms or 2m, was " + describe(n));
        }
    }

    private static List<Node> array(String src, Node.Obj obj, String key) throws InputException {
        Node n = obj.get(key);
        if (!(n instanceof Node.Arr arr) || arr.items().isEmpty()) {
            throw new InputException(src, n == null ? obj.line() : n.line(), n == null ? obj.column() : n.column(),
                    n == null ? key : n.path(), "must be a non-empty list");
        }
        return arr.items();
    }

    private static String string(String src, Node n) throws InputException {
        if (!(n instanceof Node.Str s) || s.value().isBlank()) {
            throw new InputException(src, n.line(), n.column(), n.path(), "must be a non-empty string, was " + describe(n));
        }
        return s.value();
    }

    private static String describe(Node n) {
        return n instanceof Node.Str s ? "'" + s.value() + "'" : n instanceof Node.Num num ? num.text() : n.kind();
    }
}
