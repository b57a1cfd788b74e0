package dev.bakeoff.advisor;

/** The "More Information" section of the ADR: sensitivity, claims, environment and sources. */
final class AdrMoreInformation {
    private AdrMoreInformation() {}

    static void append(StringBuilder out, Verdict v) {
        out.append("\n## More Information\n\n");
        out.append("Sensitivity (").append(v.sensitivity().method()).append("):\n\n");
        v.sensitivity().flips().stream()
                .filter(f -> !Double.isNaN(f.flipWeight()))
                .limit(3)
                .forEach(f -> out.append("* ").append(f.sentence()).append('\n'));
        v.sensitivity().acceptability().stream()
                .filter(a -> a.probabilityFirst() > 0)
                .forEach(a -> out.append("* ")
                        .append(a.option())
                        .append(" ranks first in ")
                        .append(Format.pct(a.probabilityFirst()))
                        .append(" of ")
                        .append(v.sensitivity().samples())
                        .append(" sampled weightings\n"));
        out.append("\nEnvironment measured: ")
                .append(
                        v.runId().isEmpty()
                                ? "none (no stored run; knowledge-base priors were used)"
                                : "run " + v.runId() + ", " + v.environment())
                .append(".\n\n");
        out.append("Claims from the articles checked on this machine:\n\n");
        v.claims().stream()
                .filter(Verdict.ClaimCheck::measured)
                .forEach(c -> out.append("* ")
                        .append(c.id())
                        .append(" ")
                        .append(c.outcome().word())
                        .append(": ")
                        .append(c.claim())
                        .append(" (")
                        .append(c.detail())
                        .append(")\n"));
        for (String note : v.notes()) {
            out.append("\nNote: ").append(AdrEscape.inline(note)).append('\n');
        }
        out.append(
                "\nLooked-up facts come from Bakeoff's knowledge base (tool/src/main/resources/knowledge), each with its"
                        + " source and as-of date above. Seed-article opinions are weighted through the profile, never measured.\n");
    }
}
