package org.detente.formats.genius;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.detente.formats.InputException;
import org.detente.formats.support.AtomicFiles;
import org.detente.model.Domain;
import org.detente.model.NegotiationCase;
import org.detente.model.Party;
import org.detente.model.Preferences;

/**
 * Reads and writes GENIUS XML scenarios: a domain template plus one preference profile per party.
 *
 * <h2>Reading</h2>
 * Utilities follow GENIUS 10.4's own arithmetic:
 * <ul>
 * <li><b>Discrete issues</b> ({@code EvaluatorDiscrete}): each item's {@code evaluation} divided by
 * the largest evaluation (a largest evaluation below 0.00001 gives all zeros, as GENIUS's
 * {@code normalize}) → {@link org.detente.model.ValueFunction.Table}. Negative evaluations are
 * refused (GENIUS's setters refuse them too).</li>
 * <li><b>Integer issues</b> ({@code EvaluatorInteger}, {@code <evaluator slope offset>}):
 * {@code offset + slope·(x − lowerbound)} clipped to [0, 1], with the profile issue's
 * {@code lowerbound} (the domain's when absent) → {@code Linear(slope, offset, lowerbound)}.</li>
 * <li><b>Real issues</b> ({@code EvaluatorReal}, {@code ftype="linear"}):
 * {@code parameter1·x + parameter0}, clipped to [0, 1] → {@code Linear(parameter1, parameter0, 0)};
 * {@code ftype="constant"} gives {@code parameter0}. The profile's {@code <range>} is not used for
 * evaluation (as in GENIUS); the domain's range defines the values. Real issues are continua unless
 * {@link GeniusOptions#realIntervals()} asks for a discretisation; GENIUS counts 21 values per real
 * issue ({@link GeniusOptions#GENIUS_REAL_INTERVALS}).</li>
 * <li><b>Weights</b>: {@code <weight index value>} matched to the profile issue with that
 * {@code index}; kept as written, never renormalised (GENIUS's file loader does not renormalise
 * either). GENIUS's {@code AdditiveUtilitySpace.getUtility} caps a sum above 1 at 1; the model's
 * {@link org.detente.model.LinearAdditiveUtility} does not, so a file whose weights sum to more than
 * 1 (anac/y2011/Laptop: 1.0001) can score slightly above 1 here.</li>
 * <li><b>Reservation value</b>: {@code <reservation value>}, default 0. <b>Discount factor</b>:
 * {@code <discount_factor value>}, default 1; following GENIUS's {@code validateDiscount}, a value
 * ≤ 0 or > 1 means "no discount" and becomes 1. A value that is not a finite number is refused
 * (GENIUS would silently keep 1, or keep a NaN).</li>
 * <li><b>Matching</b>: profile issues are matched to domain issues by name (GENIUS matches by the
 * {@code index} number; the model keeps no numbers) and must have the domain's kind; discrete
 * values are matched by name; every domain issue and value needs an evaluation.</li>
 * <li><b>Non-linear profiles</b> ({@code <utility_space type="nonlinear">}): see
 * {@link org.detente.model.HyperRectangleUtility}; {@code INCLUDES index} is the GENIUS
 * number, resolved through the profile's own issue declarations. EXCLUDES, nested ufuns and
 * aggregations other than sum are refused.</li>
 * <li>Files whose XML declaration is preceded by comments (which GENIUS's lenient parser accepts)
 * are read; DOCTYPE declarations and entities are refused, and nothing they name is read.</li>
 * </ul>
 *
 * <h2>Writing</h2>
 * A {@code negotiation_template} domain file and one {@code utility_space} profile per party
 * ({@code <party name>.xml}), each first written to a temporary file in the target directory and
 * then moved into place. Discrete tables whose largest value is 1 (as every table read from GENIUS)
 * are written as they are, so reading them back gives the same doubles; other tables are scaled to
 * a largest value of 1 and the scale moves into the weight (exact up to about one ulp per issue).
 * A numeric issue whose value function GENIUS cannot express is written as a discrete issue (its
 * value labels become item names and every party's evaluations become item evaluations), when it
 * has a finite list of values and no party has a hyper-rectangle profile; otherwise writing fails
 * with an {@link IllegalArgumentException} naming the party and the issue. GENIUS XML has no place
 * for a real issue's step: a stepped real issue is written as its range, so read it back with
 * {@link GeniusOptions} to discretise it again. Hyper-rectangle bounds are written as whole
 * numbers (GENIUS bounds integer issues only), which on integer issues covers exactly the same
 * values. Non-linear profiles keep their shape ({@code <utility_space type="nonlinear">}, with the
 * objective as its first child, as GENIUS's reader requires).
 */
public final class GeniusXml {
    private GeniusXml() {
    }

    /**
     * Reads a domain file (a {@code <negotiation_template>} holding a {@code <utility_space>}, or a
     * bare {@code <utility_space>}) with real issues kept continuous. The domain's name is the root
     * objective's {@code name} (the file name without extension if it has none).
     *
     * @param file the domain file
     * @return the domain
     * @throws InputException if the file cannot be read or is not a valid GENIUS domain
     */
    public static Domain readDomain(Path file) throws InputException {
        return readDomain(file, GeniusOptions.DEFAULT);
    }

    /**
     * Reads a domain file.
     *
     * @param file    the domain file
     * @param options how real issues are discretised
     * @return the domain
     * @throws InputException if the file cannot be read or is not a valid GENIUS domain
     */
    public static Domain readDomain(Path file, GeniusOptions options) throws InputException {
        return DomainReader.read(file, options).domain();
    }

    /**
     * Reads one party's profile over a domain.
     *
     * @param file      the profile file
     * @param domain    the domain it scores (issues are matched by name)
     * @param partyName the party's name
     * @return the party, with no red lines
     * @throws InputException if the file cannot be read, is malformed, or does not fit the domain
     * @throws IllegalArgumentException if {@code partyName} is blank
     */
    public static Party readProfile(Path file, Domain domain, String partyName) throws InputException {
        Preferences prefs = ProfileReader.read(file, domain, null);
        return new Party(partyName, prefs);
    }

    /**
     * Reads a case with real issues kept continuous: the domain, and one party per profile, named by
     * the profile's file name without extension. The case is named after the domain's objective.
     *
     * @param domain   the domain file
     * @param profiles two or more profile files
     * @return the case
     * @throws InputException if a file is invalid, fewer than two profiles are given, or two
     *                        profiles have the same file name stem
     */
    public static NegotiationCase readCase(Path domain, List<Path> profiles) throws InputException {
        return readCase(domain, profiles, GeniusOptions.DEFAULT);
    }

    /**
     * Reads a case.
     *
     * @param domain   the domain file
     * @param profiles two or more profile files
     * @param options  how real issues are discretised
     * @return the case
     * @throws InputException if a file is invalid, fewer than two profiles are given, or two
     *                        profiles have the same file name stem
     */
    public static NegotiationCase readCase(Path domain, List<Path> profiles, GeniusOptions options)
            throws InputException {
        DomainReader.DomainFile df = DomainReader.read(domain, options);
        if (profiles.size() < 2) {
            throw new InputException(domain, 0, 0, "", "a case needs at least two profiles, " + profiles.size()
                    + " given");
        }
        var parties = new ArrayList<Party>();
        var names = new HashSet<String>();
        for (Path p : profiles) {
            String name = DomainReader.stem(p);
            if (!names.add(name)) {
                throw new InputException(p, 0, 0, "", "another profile is also named '" + name
                        + "' (party names are file names without extension)");
            }
            parties.add(new Party(name, ProfileReader.read(p, df.domain(), df.numbers())));
        }
        return new NegotiationCase(df.domain().name(), "", df.domain(), parties);
    }

    /**
     * Writes a case as GENIUS XML into a directory (created if missing): a domain file
     * ({@code <case name>-domain.xml}, or {@code domain.xml} if the case name cannot be a file name)
     * and one profile per party ({@code <party name>.xml}). Every file is rendered before any is
     * written, and each is written to a temporary file in the directory, then moved into place.
     *
     * @param c         the case
     * @param directory where to write
     * @return the files written, domain first, then the parties in order
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if GENIUS XML cannot express the case (a value function on a
     *                                  continuous issue that GENIUS has no evaluator for, red lines,
     *                                  profiles, ratifiers or gestures,
     *                                  hyper-rectangles on non-integer issues, party names that
     *                                  cannot be file names); the message names the party and issue
     */
    public static List<Path> write(NegotiationCase c, Path directory) throws IOException {
        List<GeniusWriter.Output> outputs = GeniusWriter.render(c);
        Files.createDirectories(directory);
        var written = new ArrayList<Path>();
        for (GeniusWriter.Output o : outputs) {
            Path target = directory.resolve(o.fileName());
            AtomicFiles.writeString(target, o.xml());
            written.add(target);
        }
        return List.copyOf(written);
    }

    /**
     * The steps of a case's real issues that GENIUS XML cannot keep: a stepped real issue it writes
     * as a GENIUS real range, which is continuous, one line each.
     *
     * @param c the case
     * @return what would be lost; empty when every issue keeps its values
     */
    public static List<String> lostSteps(NegotiationCase c) {
        return GeniusWriter.lostSteps(c);
    }
}
