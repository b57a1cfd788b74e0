package dev.bakeoff.advisor;

import dev.bakeoff.model.TextTable;

/** The claim-check part of the text verdict. */
final class ClaimText {
    private ClaimText() {}

    static void append(StringBuilder out, java.util.List<Verdict.ClaimCheck> claims) {
        out.append("\nClaim check (the articles' claims testable on this machine)\n");
        TextTable t = new TextTable("claim", "outcome", "seeds", "what it says / what decided it");
        long other = 0;
        java.util.List<String> unmeasured = new java.util.ArrayList<>();
        for (Verdict.ClaimCheck c : claims) {
            if (!c.measured()) {
                other++;
                continue;
            }
            if (c.outcome() == Verdict.ClaimCheck.Outcome.NOT_MEASURED) {
                unmeasured.add(c.id());
                continue;
            }
            t.row(c.id(), c.outcome().word(), String.join(",", c.seeds()), c.claim());
            t.row("", "", "", "  " + c.detail());
        }
        if (unmeasured.size() < claims.size() - other) {
            t.appendTo(out, "  ");
        }
        if (!unmeasured.isEmpty()) {
            out.append("  not measured (no stored run): ")
                    .append(String.join(", ", unmeasured))
                    .append('\n');
        }
        out.append("  ")
                .append(other)
                .append(" more claims are looked up in the knowledge base or are opinion; --json lists them.\n");
    }
}
