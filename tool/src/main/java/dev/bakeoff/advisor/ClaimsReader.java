package dev.bakeoff.advisor;

import dev.bakeoff.advisor.Verdict.ClaimCheck.Outcome;
import dev.bakeoff.yaml.YamlMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads knowledge/claims.yaml. */
final class ClaimsReader {
    private ClaimsReader() {}

    static List<Claim> read(YamlMap root) {
        List<Claim> result = new ArrayList<>();
        for (YamlMap c : root.listOfMaps("claims")) {
            c.allowOnly(Set.of("id", "claim", "seeds", "test", "criterion", "fact", "rule"));
            Claim.TestKind test = Worded.oneOf(c, "test", Claim.TestKind.class);
            Claim.Rule rule = null;
            if (test == Claim.TestKind.MEASURED) {
                YamlMap r = c.requiredMap("rule")
                        .allowOnly(Set.of(
                                "workload", "metric", "subject", "versus", "expect", "threshold", "tolerance", "tie"));
                Claim.Expect expect = Worded.oneOf(r, "expect", Claim.Expect.class);
                List<String> versus = r.optionalStringList("versus").orElse(List.of());
                boolean needsVersus = Set.of(Claim.Expect.BETTER, Claim.Expect.WORSE, Claim.Expect.CLOSE)
                        .contains(expect);
                if (needsVersus == versus.isEmpty()) {
                    throw r.invalid(
                            "versus", needsVersus ? "is required for '" + expect.word() + "'" : "is not used", "");
                }
                rule = new Claim.Rule(
                        KnowledgeReader.workload(r, "workload"),
                        r.requiredString("metric"),
                        r.requiredStringList("subject"),
                        versus,
                        expect,
                        r.optionalDouble("threshold", 0, Double.MAX_VALUE).orElse(0.0),
                        r.optionalDouble("tolerance", 0, 1).orElse(0.0),
                        r.has("tie") ? Worded.oneOf(r, "tie", Claim.Tie.class).outcome() : Outcome.INCONCLUSIVE);
            }
            if (test == Claim.TestKind.LOOKUP && !c.has("fact")) {
                throw c.invalid("fact", "is required for a lookup claim", "name criterion/key of a fact");
            }
            result.add(new Claim(
                    c.requiredString("id"),
                    c.requiredString("claim"),
                    c.requiredStringList("seeds"),
                    test,
                    c.requiredString("criterion"),
                    c.optionalString("fact").orElse(""),
                    rule));
        }
        return result;
    }
}
