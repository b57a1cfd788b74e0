package dev.bakeoff.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bakeoff.model.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MADR 4.0 record: its sections in order, atomic replacement, and unwritable paths as bad input. */
class AdrWriterTest {
    @TempDir
    Path dir;

    private static Verdict verdict() {
        return Fixtures.advisor().advise(Fixtures.example("healthtech-diagnostics"), Fixtures.run());
    }

    @Test
    void writesTheMadrSectionsInTemplateOrder() throws IOException {
        Path file = dir.resolve("docs/adr/0001-backend.md");
        AdrWriter.write(verdict(), file, "./bakeoff advise examples/x.yaml", LocalDate.of(2026, 11, 23));
        String text = Files.readString(file);
        assertThat(text)
                .startsWith("---\nstatus: proposed\ndate: 2026-11-23\ndecision-makers: \"the team\"\n---\n\n# Use ");
        assertThat(text)
                .containsSubsequence(
                        "## Context and Problem Statement",
                        "## Decision Drivers",
                        "## Considered Options",
                        "## Decision Outcome",
                        "Chosen option: \"" + verdict().winner().name() + "\", because",
                        "### Consequences",
                        "* Good, because",
                        "* Bad, because",
                        "### Confirmation",
                        "./bakeoff advise examples/x.yaml",
                        "## Pros and Cons of the Options",
                        "## More Information",
                        "Environment measured: run " + Fixtures.run().runId());
    }

    @Test
    void replacesAnExistingRecordWithoutLeavingTemporaryFiles() throws IOException {
        Path file = dir.resolve("adr.md");
        Files.writeString(file, "old");
        AdrWriter.write(verdict(), file, "cmd", LocalDate.of(2026, 1, 1));
        assertThat(Files.readString(file)).startsWith("---");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void anUnwritablePathIsBadInputNamingTheOption() throws IOException {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x");
        assertThatThrownBy(() -> AdrWriter.write(verdict(), blocker.resolve("adr.md"), "cmd", LocalDate.now()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("--adr");
    }
}
