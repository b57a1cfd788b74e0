package dev.bakeoff.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bakeoff.model.BadInputException;
import dev.bakeoff.yaml.Yaml;
import org.junit.jupiter.api.Test;

/** claims.yaml's closed words (test, rule.expect) are read into enums, and an unknown one names the allowed. */
class ClaimsReaderTest {
    private static final String CLAIM = """
            claims:
              - id: C1
                claim: node wins at io
                seeds: [a1]
                test: %s
                criterion: io
                rule:
                  workload: io
                  metric: rps
                  subject: [node-fastify]
                  versus: [python-django]
                  expect: %s
            """;

    @Test
    void theWordsBecomeTheirConstants() {
        Claim c = ClaimsReader.read(Yaml.parse(CLAIM.formatted("measured", "close"), "claims.yaml"))
                .getFirst();
        assertThat(c.test()).isEqualTo(Claim.TestKind.MEASURED);
        assertThat(c.test()).isEqualTo(Claim.TestKind.MEASURED);
        assertThat(c.rule().expect()).isEqualTo(Claim.Expect.CLOSE);
        assertThat(c.rule().expect()).isEqualTo(Claim.Expect.CLOSE);
    }

    @Test
    void anUnknownTestNamesItsFieldAndTheAllowedWords() {
        assertThatThrownBy(() -> ClaimsReader.read(Yaml.parse(CLAIM.formatted("measurd", "better"), "claims.yaml")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("claims.yaml")
                .hasMessageContaining("test")
                .hasMessageContaining("is 'measurd'")
                .hasMessageContaining("use one of measured, lookup, judgement");
    }

    @Test
    void anUnknownExpectNamesTheAllowedWords() {
        assertThatThrownBy(() -> ClaimsReader.read(Yaml.parse(CLAIM.formatted("measured", "above"), "claims.yaml")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("expect")
                .hasMessageContaining("use one of better, worse, close, at_least, at_most");
    }
}
