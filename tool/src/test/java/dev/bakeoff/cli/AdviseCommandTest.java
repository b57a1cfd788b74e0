package dev.bakeoff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** advise as a user runs it: profile, --describe, --interactive, --json, --adr, and bad input with exit 2. */
class AdviseCommandTest {
    @TempDir
    Path dir;

    private static String example(String name) {
        Path here = Path.of("").toAbsolutePath();
        Path examples = Files.isDirectory(here.resolve("examples"))
                ? here.resolve("examples")
                : here.getParent().resolve("examples");
        return examples.resolve(name + ".yaml").toString();
    }

    @Test
    void anExampleProfileGetsAnAnswerReasonsSensitivityAndClaimCheck() {
        CliRun run = CliRun.of("advise", example("realtime-chat"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .containsSubsequence(
                        "Answer: ",
                        "runner-up: ",
                        "confidence: low",
                        "because:",
                        "Ranking",
                        "Weights",
                        "Sensitivity",
                        "Stability intervals",
                        "Tornado",
                        "Claim check");
    }

    @Test
    void jsonPrintsOneVerdictDocumentAndNothingElse() throws IOException {
        CliRun run = CliRun.of("advise", "--json", example("bi-data-pipeline"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode verdict = new ObjectMapper().readTree(run.out());
        assertThat(verdict.get("ranking").get(0).get("id").asText()).startsWith("python-");
        assertThat(verdict.get("sensitivity").get("acceptability").size()).isPositive();
        assertThat(verdict.get("claims").size()).isPositive();
    }

    @Test
    void describeShowsWhichPhraseSetWhichField() {
        CliRun run = CliRun.of(
                "advise",
                "--describe",
                "a realtime chat app for 50k users, team knows TypeScript, we also want ML recommendations later");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("\"50k users\" -> {workload.concurrent_connections=50000}")
                .contains("{workload.realtime=core}")
                .contains("Answer: Node.js");
    }

    @Test
    void interactiveAsksSavesTheAnswersAsAProfileAndAdvisesOnThem() throws IOException {
        InputStream old = System.in;
        Path saved = dir.resolve("chat.yaml");
        try {
            // name, peak rps, p99, connections, realtime, then Enter for every other question
            System.setIn(new ByteArrayInputStream(
                    ("chat\n2000\n\n50000\ncore\n" + "\n".repeat(40)).getBytes(StandardCharsets.UTF_8)));
            CliRun run = CliRun.of("advise", "--interactive", "--save", saved.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.err()).contains("Real-time needs").contains("saved your answers as " + saved);
            assertThat(run.out()).contains("Profile: chat");
            assertThat(Files.readString(saved)).contains("peak_rps: 2000").contains("realtime: \"core\"");
        } finally {
            System.setIn(old);
        }
    }

    @Test
    void interactiveEndOfInputAbortsWithExit2AndSavesNothing() {
        InputStream old = System.in;
        Path saved = dir.resolve("never.yaml");
        try {
            System.setIn(new ByteArrayInputStream("chat\n2000\n".getBytes(StandardCharsets.UTF_8)));
            CliRun run = CliRun.of("advise", "--interactive", "--save", saved.toString());
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("input ended (Ctrl-D)").doesNotContain("Exception");
            assertThat(saved).doesNotExist();
        } finally {
            System.setIn(old);
        }
    }

    @Test
    void aMalformedProfileIsBadInputNamingFileLineAndField() throws IOException {
        Path file = dir.resolve("p.yaml");
        Files.writeString(file, "name: x\nworkload:\n  realtime: always\n");
        CliRun run = CliRun.of("advise", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("p.yaml:3").contains("workload.realtime").doesNotContain("Exception");
    }

    @Test
    void contradictoryConstraintsAreBadInputNamingBothFields() throws IOException {
        Path file = dir.resolve("p.yaml");
        Files.writeString(file, "name: x\nconstraints:\n  runtime_only: [jvm]\n  must_run_in_process: [pytorch]\n");
        CliRun run = CliRun.of("advise", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("p.yaml:3")
                .contains("constraints.runtime_only")
                .contains("constraints.must_run_in_process");
    }

    @Test
    void adrWritesAMadrRecord() throws IOException {
        Path adr = dir.resolve("0001-backend.md");
        CliRun run = CliRun.of("advise", example("healthtech-diagnostics"), "--adr", adr.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(adr))
                .contains("status: proposed")
                .contains("Chosen option: ")
                .contains("./bakeoff advise " + example("healthtech-diagnostics"));
    }

    @Test
    void needsExactlyOneWayToGiveTheProfile() {
        assertThat(CliRun.of("advise").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("advise", example("realtime-chat"), "--describe", "chat")
                        .exitCode())
                .isEqualTo(2);
    }

    @Test
    void anUnknownRunOrPresetIsBadInput() {
        CliRun unknown = CliRun.of("advise", example("realtime-chat"), "--run", "nope");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("run 'nope'").contains("./bakeoff history");
        CliRun measure = CliRun.of("advise", example("realtime-chat"), "--measure", "fast");
        assertThat(measure.exitCode()).isEqualTo(2);
        assertThat(measure.err()).contains("unknown preset 'fast'").contains("quick, standard, thorough");
    }
}
