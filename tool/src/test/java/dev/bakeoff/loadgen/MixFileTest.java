package dev.bakeoff.loadgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bakeoff.model.BadInputException;
import dev.bakeoff.yaml.Yaml;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MixFileTest {

    private static List<RequestClass> parse(String text) {
        return MixFile.parse(Yaml.parse(text, "mix.yaml"));
    }

    @Test
    void readsWeightedClassesWithDefaults() {
        List<RequestClass> mix = parse("""
                requests:
                  - name: plaintext
                    path: /plaintext
                    weight: 9
                  - name: cpu
                    method: POST
                    path: /cpu?n=1000
                    headers: {Accept: application/json}
                    body: "{}"
                """);
        assertThat(mix)
                .containsExactly(
                        new RequestClass("plaintext", "GET", "/plaintext", Map.of(), "", 9),
                        new RequestClass("cpu", "POST", "/cpu?n=1000", Map.of("Accept", "application/json"), "{}", 1));
    }

    @Test
    void reportsAProblemAtItsFileAndLine() {
        assertThatThrownBy(() -> parse("""
                        requests:
                          - name: a
                            path: /a
                          - name: a
                            path: /b
                        """))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("mix.yaml:4")
                .hasMessageContaining("used twice");
        assertThatThrownBy(() -> parse("""
                        requests:
                          - name: a
                            path: a
                        """))
                .hasMessageContaining("mix.yaml:3")
                .hasMessageContaining("must start with '/'");
    }

    @Test
    void suggestsTheFieldAMisspeltKeyMeant() {
        assertThatThrownBy(() -> parse("""
                        requests:
                          - name: a
                            path: /a
                            wieght: 2
                        """)).hasMessageContaining("mix.yaml:4").hasMessageContaining("weight");
    }
}
