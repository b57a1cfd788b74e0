package dev.bakeoff.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bakeoff.model.Verification;
import dev.bakeoff.model.Verification.Check;
import dev.bakeoff.model.Verification.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ml checks: an app whose scores match reference.json passes, one whose scores are 0.001 off (ten times
 * the tolerance, what another model or a sloppy conversion gives) fails verify. The reference here is a
 * stand-in written by the test (the checks read only its rows and scores), so no training is needed.
 */
@Tag("e2e")
class MlVerifyTest {
    @TempDir
    static Path state;

    static LabServices lab;

    @BeforeAll
    static void startLab() throws IOException {
        Path ml = MlModel.dir(state);
        Files.createDirectories(ml);
        Files.writeString(ml.resolve(MlModel.ONNX), "stand-in: the test stacks never read it");
        Files.writeString(ml.resolve(MlModel.NATIVE), "stand-in");
        Files.writeString(ml.resolve(MlModel.REFERENCE), reference());
        lab = new LabServices(TestStacks.workspace(state), CpuSets.plan(0));
    }

    @AfterAll
    static void stopLab() {
        lab.close();
    }

    @Test
    void anAppThatAnswersTheReferenceScoresPassesTheMlChecks() {
        Verification v = new Conformance(lab).verify(TestStacks.stack("stdlib-ml"), 0);

        assertThat(v.failure()).isEmpty();
        assertThat(outcome(v, "ml-predict")).isEqualTo(Outcome.PASS);
        assertThat(detail(v, "ml-predict")).contains("batches of 1, 7 rows");
        assertThat(outcome(v, "ml-bad-input")).isEqualTo(Outcome.PASS);
        assertThat(outcome(v, "ml-info")).isEqualTo(Outcome.PASS);
        assertThat(v.passed()).isTrue();
    }

    @Test
    void anAppWhoseScoresAreOffByMoreThanTheToleranceFailsVerify() {
        Verification v = new Conformance(lab).verify(TestStacks.stack("stdlib-ml-cheat"), 0);

        assertThat(outcome(v, "ml-predict")).isEqualTo(Outcome.FAIL);
        assertThat(detail(v, "ml-predict")).contains("reference").contains("> 1.0E-4");
        assertThat(v.passed()).isFalse();
    }

    /** Batches of 1 and 7 seeded rows of 30 numbers with made-up scores in 0..1. */
    private static String reference() {
        Random random = new Random(14);
        StringBuilder json = new StringBuilder("{\"features\": 30, \"batches\": [");
        int[] sizes = {1, 7};
        for (int b = 0; b < sizes.length; b++) {
            StringBuilder rows = new StringBuilder();
            StringBuilder scores = new StringBuilder();
            for (int r = 0; r < sizes[b]; r++) {
                rows.append(r == 0 ? "[" : ",[");
                for (int f = 0; f < 30; f++) {
                    rows.append(f == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.4f", random.nextGaussian()));
                }
                rows.append(']');
                scores.append(r == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.6f", random.nextDouble()));
            }
            json.append(b == 0 ? "" : ",")
                    .append("{\"size\": ")
                    .append(sizes[b])
                    .append(", \"rows\": [")
                    .append(rows)
                    .append("], \"scores\": [")
                    .append(scores)
                    .append("]}");
        }
        return json.append("]}").toString();
    }

    private static Outcome outcome(Verification v, String check) {
        return v.checks().stream()
                .filter(c -> c.name().equals(check))
                .map(Check::outcome)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no check " + check + " in " + v.checks()));
    }

    private static String detail(Verification v, String check) {
        return v.checks().stream()
                .filter(c -> c.name().equals(check))
                .map(Check::detail)
                .findFirst()
                .orElse("");
    }
}
