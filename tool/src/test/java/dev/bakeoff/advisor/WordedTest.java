package dev.bakeoff.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each closed set has one spelling, the same in text, tables and JSON, and it is the knowledge base's word. */
class WordedTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonTextAndTheKnowledgeBaseSpellEachConstantAlike() throws Exception {
        List<Worded> all = List.of(
                Verdict.Basis.LOOKED_UP,
                Verdict.ClaimCheck.Outcome.NOT_MEASURED,
                Verdict.ClaimCheck.Outcome.INCONCLUSIVE,
                Verdict.Evidence.Kind.COMBINED,
                Verdict.Confidence.Level.HIGH,
                Profile.Ml.LLM_ORCHESTRATION,
                Profile.Frontend.TYPESCRIPT,
                Claim.Expect.AT_LEAST,
                Claim.Tie.CONTRADICTED,
                Criterion.HybridRule.MAX);
        assertThat(all)
                .extracting(Worded::word)
                .containsExactly(
                        "looked-up",
                        "not measured",
                        "inconclusive",
                        "combined",
                        "high",
                        "llm-orchestration",
                        "typescript",
                        "at_least",
                        "contradicted",
                        "max");
        for (Worded w : all) {
            assertThat(JSON.writeValueAsString(w)).isEqualTo("\"" + w.word() + "\"");
            if (!(w instanceof Claim.Expect) && !(w instanceof Claim.Tie) && !(w instanceof Criterion.HybridRule)) {
                assertThat(w.toString()).isEqualTo(w.word());
            }
        }
    }
}
