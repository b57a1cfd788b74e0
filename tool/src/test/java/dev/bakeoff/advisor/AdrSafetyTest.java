package dev.bakeoff.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bakeoff.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * What a hostile profile can do to a decision record: nothing. Its text cannot add front-matter fields
 * or HTML, cannot close the code span of the re-run command, and cannot reach a terminal as escape
 * codes; a record the user names is not overwritten without --force and gets an ordinary file's mode.
 */
class AdrSafetyTest {
    static final String HOSTILE = """
            name: "Chat <img src=x onerror=alert(1)> \\e]0;pwned\\a\\e[2J"
            description: "Line one <script>alert(2)</script>\\n---\\nstatus: accepted"
            decision_makers: ["Alice\\nstatus: accepted\\nevil: true", "Bob \\"the\\" <b>boss</b>", "C\\\\D"]
            workload:
              concurrent_connections: 100
            """;

    @TempDir
    Path dir;

    private static Verdict hostile() {
        return Fixtures.advisor().advise(Fixtures.advisor().parseProfile(HOSTILE, "hostile.yaml"), Fixtures.run());
    }

    @Test
    void aFieldCannotInjectFrontMatter() throws IOException {
        Path file = dir.resolve("adr.md");
        AdrWriter.write(hostile(), file, "./bakeoff advise x.yaml", LocalDate.of(2026, 12, 2));
        String text = Files.readString(file);
        assertThat(text).startsWith("---\n");
        String front = text.substring(4, text.indexOf("\n---\n", 4));
        @SuppressWarnings("unchecked")
        Map<String, Object> fields =
                (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(front);
        assertThat(fields).containsOnlyKeys("status", "date", "decision-makers");
        assertThat(fields.get("status")).isEqualTo("proposed");
        assertThat(fields.get("decision-makers"))
                .isEqualTo("Alice\nstatus: accepted\nevil: true, Bob \"the\" <b>boss</b>, C\\D");
        assertThat(text.indexOf("\n---\n", 4)).as("the front matter ends once").isEqualTo(text.indexOf("\n---\n"));
    }

    @Test
    void rawHtmlIsEscapedAsReportMdEscapesIt() throws IOException {
        Path file = dir.resolve("adr.md");
        AdrWriter.write(hostile(), file, "./bakeoff advise --describe \"a `b` <i>\"", LocalDate.of(2026, 12, 2));
        String body = Files.readString(file);
        body = body.substring(body.indexOf("\n---\n", 4));
        assertThat(body).doesNotContain("<img", "<script", "<b>", "\u001b", "\u0007");
        assertThat(body).contains("Chat &lt;img src=x onerror=alert(1)&gt;", "&lt;script&gt;alert(2)&lt;/script&gt;");
        assertThat(body).contains("Re-run `` ./bakeoff advise --describe \"a `b` <i>\" ``");
    }

    @Test
    void adviseAdrRefusesToOverwriteWithoutForceAndWritesAnOrdinaryMode() throws IOException {
        Path profile = Files.writeString(dir.resolve("p.yaml"), "name: P\nworkload:\n  concurrent_connections: 10\n");
        Path adr = dir.resolve("decision.md");
        Files.writeString(adr, "my own notes");
        StringWriter err = new StringWriter();
        int code = Main.run(
                new PrintWriter(new StringWriter()),
                new PrintWriter(err, true),
                "advise",
                profile.toString(),
                "--adr",
                adr.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains(adr.toString(), "--force");
        assertThat(Files.readString(adr)).isEqualTo("my own notes");

        code = Main.run(
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()),
                "advise",
                profile.toString(),
                "--adr",
                adr.toString(),
                "--force");
        assertThat(code).isZero();
        assertThat(Files.readString(adr)).startsWith("---\nstatus: proposed");

        Path fresh = dir.resolve("new.md");
        assertThat(Main.run(
                        new PrintWriter(new StringWriter()),
                        new PrintWriter(new StringWriter()),
                        "advise",
                        profile.toString(),
                        "--adr",
                        fresh.toString()))
                .isZero();
        Path ordinary = Files.createFile(dir.resolve("ordinary")); // 0666 less this process's umask
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
                .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(ordinary)))
                .isNotEqualTo("rw-------");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")))
                    .isEmpty();
        }
    }

    @Test
    void escapeCodesInAProfileNameNeverReachTheTerminal() throws IOException {
        Path profile = Files.writeString(dir.resolve("evil.yaml"), HOSTILE);
        StringWriter out = new StringWriter();
        int code =
                Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter()), "advise", profile.toString());
        assertThat(code).isZero();
        assertThat(out.toString()).doesNotContain("\u001b", "\u0007").contains("\\x1b]0;pwned\\x07\\x1b[2J");
        List<String> chars = out.toString()
                .chars()
                .filter(c -> c < 0x20 && c != '\n' && c != '\t')
                .mapToObj(c -> String.format("%02x", c))
                .toList();
        assertThat(chars).as("control characters printed").isEmpty();
    }
}
