package dev.bakeoff.advisor;

import dev.bakeoff.model.Workload;
import dev.bakeoff.yaml.YamlMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An article claim from knowledge/claims.yaml.
 *
 * @param test measured, lookup or judgement
 * @param fact for lookup claims, criterion/key of the fact that checks it; else empty
 * @param rule for measured claims, how a run decides it; else null
 */
record Claim(String id, String claim, List<String> seeds, TestKind test, String criterion, String fact, Rule rule) {

    /** How a claim is checked: claims.yaml's {@code test}. */
    enum TestKind {
        MEASURED,
        LOOKUP,
        JUDGEMENT;

        /** The word claims.yaml and the claim checks' {@code test} use. */
        String yamlName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What a measured claim expects of its subject: claims.yaml's {@code rule.expect}. */
    enum Expect {
        BETTER,
        WORSE,
        CLOSE,
        AT_LEAST,
        AT_MOST;

        String yamlName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The constant of {@code type} whose yamlName is {@code m}'s {@code key}, or the error listing the allowed. */
    static <E extends Enum<E>> E oneOf(YamlMap m, String key, Class<E> type) {
        Set<String> allowed = new LinkedHashSet<>();
        for (E e : type.getEnumConstants()) {
            allowed.add(e.name().toLowerCase(Locale.ROOT));
        }
        return Enum.valueOf(type, KnowledgeReader.oneOf(m, key, allowed).toUpperCase(Locale.ROOT));
    }

    /**
     * How a run decides a claim: the best of {@code subject} against the best of {@code versus}, or
     * against {@code threshold}.
     *
     * @param expect better, worse, close, at_least or at_most
     * @param tie    for better/worse: the outcome when the intervals overlap (inconclusive, or contradicted
     *     where the claim says one side is clearly worse and a tie is the opposite of it)
     */
    record Rule(
            Workload workload,
            String metric,
            List<String> subject,
            List<String> versus,
            Expect expect,
            double threshold,
            double tolerance,
            String tie) {}
}
