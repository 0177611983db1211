package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.detente.testing.Repository;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code detente brief} on every bundled case, its reproducibility, and bad profiles. */
@Tag("slow")
class BriefCommandTest {
    static final List<String> SECTIONS = List.of("Bottom line", "Zoom out", "Zoom in", "Moves", "Plan", "Risks");
    /** Small figures, so that the suite stays quick; the defaults are exercised by hand and by the demo. */
    static final String[] QUICK = {"--samples", "1000", "--sessions", "4", "--rounds", "100", "--repetitions", "1"};

    static Path examples() {
        return Repository.path("examples");
    }

    /** Every case file under examples/ (the tournament file and the conflict models are not cases). */
    static List<Path> cases() throws Exception {
        try (Stream<Path> s = Files.list(examples())) {
            return s.filter(p -> p.toString().endsWith(".yaml")).filter(p -> {
                try {
                    return Files.readAllLines(p).stream().anyMatch(l -> l.startsWith("issues:"));
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }).sorted().toList();
        }
    }

    static Cli brief(Path in, Path out, String... more) {
        String[] args = Stream.concat(Stream.of("brief", in.toString(), "-o", out.toString()),
                Stream.concat(Stream.of(QUICK), Stream.of(more))).toArray(String[]::new);
        return Cli.run(args);
    }

    static void wellFormedSvg(String svg) throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        var doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
    }

    @Test
    void aBriefForEveryBundledCase(@TempDir Path dir) throws Exception {
        List<Path> cases = cases();
        assertThat(cases).extracting(p -> p.getFileName().toString()).contains("arms-control.yaml");
        assertThat(cases.size()).isGreaterThanOrEqualTo(3);
        for (Path c : cases) {
            Path html = dir.resolve(c.getFileName() + ".html");
            Cli r = brief(c, html);
            assertThat(r.code()).as(c + ": " + r.err()).isZero();
            assertThat(r.out()).contains("wrote " + html);
            String text = Files.readString(html);
            for (String s : SECTIONS) {
                assertThat(text).as(c.toString()).contains("<h2>" + s + "</h2>");
            }
            Matcher m = Pattern.compile("<svg id='([^']+)'.*?</svg>", Pattern.DOTALL).matcher(text);
            List<String> charts = new java.util.ArrayList<>();
            while (m.find()) {
                charts.add(m.group(1));
                wellFormedSvg(m.group());
            }
            assertThat(charts).as(c.toString()).contains("frontier", "robustness", "concessions-plan", "outcomes");
            assertThat(text).doesNotContain("<script", "<link", "src=\"http", "href=\"http", "url(http", "@import");
        }
    }

    @Test
    void markdownWithItsChartsBesideIt(@TempDir Path dir) throws Exception {
        Path md = dir.resolve("b.md");
        Cli r = brief(examples().resolve("arms-control.yaml"), md, "--seed", "3");
        assertThat(r.code()).as(r.err()).isZero();
        String text = Files.readString(md);
        for (String s : SECTIONS) {
            assertThat(text).contains("## " + s);
        }
        for (String chart : List.of("frontier", "robustness", "concessions-plan", "concessions-strategist", "outcomes")) {
            assertThat(text).contains("](b-" + chart + ".svg)");
            wellFormedSvg(Files.readString(dir.resolve("b-" + chart + ".svg")));
        }
    }

    @Test
    void sameSeedSameBriefAnotherSeedAnotherOne(@TempDir Path dir) throws Exception {
        Path c = examples().resolve("supply-contract.yaml");
        brief(c, dir.resolve("a.html"), "--seed", "5");
        brief(c, dir.resolve("b.html"), "--seed", "5");
        brief(c, dir.resolve("c.html"), "--seed", "6");
        String a = Files.readString(dir.resolve("a.html"));
        assertThat(Files.readString(dir.resolve("b.html"))).isEqualTo(a);
        assertThat(Files.readString(dir.resolve("c.html"))).isNotEqualTo(a);
    }

    @Test
    void namesFromTheCaseAreEscaped(@TempDir Path dir) throws Exception {
        String text = Files.readString(examples().resolve("apartment-lease.yaml"));
        Matcher m = Pattern.compile("(?m)^name: (.+)$").matcher(text);
        assertThat(m.find()).isTrue();
        Path bad = dir.resolve("evil.yaml");
        Files.writeString(bad, text.substring(0, m.start(1)) + "\"<script>alert(1)</script> & <b>co</b>\""
                + text.substring(m.end(1)));
        Path html = dir.resolve("evil.html");
        Cli r = brief(bad, html);
        assertThat(r.code()).as(r.err()).isZero();
        String out = Files.readString(html);
        assertThat(out).doesNotContain("<script>", "<b>co</b>").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;co&lt;/b&gt;");
    }

    /** Breaks one line of the example: exit 3, one line naming the file and the field, and no brief left behind. */
    @Test
    void badProfilesExitThreeWithOneLineAndNoBrief(@TempDir Path dir) throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        BadProfiles.check(examples().resolve("arms-control.yaml"), dir, file -> {
            Cli r = brief(file, out.resolve("brief.html"));
            try (Stream<Path> left = Files.list(out)) {
                assertThat(left).isEmpty();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return r;
        });
    }

    @Test
    void usageErrors(@TempDir Path dir) {
        Path c = examples().resolve("arms-control.yaml");
        assertThat(Cli.run("brief", c.toString()).code()).isEqualTo(ExitCode.USAGE);
        assertThat(Cli.run("brief", c.toString(), "-o", dir.resolve("b.pdf").toString()).code()).isEqualTo(ExitCode.USAGE);
        assertThat(Cli.run("brief", c.toString(), "-o", dir.resolve("b.html").toString(), "--sessions", "0").code())
                .isEqualTo(ExitCode.USAGE);
        Cli help = Cli.run("brief", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Zoom out", "--seed", "--samples", "--rounds", "Examples:");
        assertThat(help.out().lines()).allMatch(l -> l.length() <= 80);
    }

    @Test
    void mediatedAddsTheSectionForFacingAMediator(@TempDir Path dir) throws Exception {
        Path md = dir.resolve("brief.md");
        Cli r = brief(examples().resolve("arms-control.yaml"), md, "--mediated");
        assertThat(r.code()).as(r.err()).isZero();
        String text = Files.readString(md);
        assertThat(text).contains("## Facing a mediator", "### What to confide", "### What a strategic veto costs",
                "### Which texts to expect");
        assertThat(text.indexOf("## Facing a mediator")).isGreaterThan(text.indexOf("## Risks"));
        Cli plain = brief(examples().resolve("arms-control.yaml"), dir.resolve("plain.md"));
        assertThat(Files.readString(dir.resolve("plain.md"))).doesNotContain("Facing a mediator");
        assertThat(plain.code()).isZero();
    }
}
