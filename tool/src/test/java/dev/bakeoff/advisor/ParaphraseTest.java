package dev.bakeoff.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bakeoff.model.RunMetrics;
import dev.bakeoff.yaml.Yaml;
import dev.bakeoff.yaml.YamlMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Three paraphrases of each of 20 projects (advisor/paraphrases.yaml) get the same family of answer. */
@Tag("e2e")
class ParaphraseTest {

    static List<List<String>> groups() {
        try (InputStream in = ParaphraseTest.class.getResourceAsStream("/advisor/paraphrases.yaml")) {
            YamlMap root = Yaml.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "paraphrases.yaml");
            return root.listOfStringLists("groups");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0} fixture")
    @ValueSource(strings = {"good", "degraded"})
    void threeParaphrasesOfEachOfTwentyProjectsGetTheSameFamily(String which) {
        RunMetrics run = which.equals("good") ? Fixtures.run() : Fixtures.degraded();
        List<List<String>> groups = groups();
        assertThat(groups)
                .hasSizeGreaterThanOrEqualTo(20)
                .allSatisfy(g -> assertThat(g).hasSize(3));
        List<String> differing = new ArrayList<>();
        int same = 0;
        for (List<String> g : groups) {
            List<String> families =
                    g.stream().map(t -> LabelledSetTest.answer(t, run)).toList();
            if (families.stream().distinct().count() == 1) {
                same++;
            } else {
                differing.add(families + " for " + g);
            }
        }
        System.out.printf(
                "paraphrases on the %s fixture: %d of %d projects keep their family%n%s%n",
                which, same, groups.size(), String.join("\n", differing));
        assertThat(differing).isEmpty();
    }
}
