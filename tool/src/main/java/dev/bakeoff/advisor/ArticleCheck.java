package dev.bakeoff.advisor;

import java.util.List;
import java.util.Optional;

/**
 * For the articles' own scenarios (a profile with {@code articles_say}): when the answer goes against the
 * articles, which criterion carries the margin over the articles' best option, and whether a measured
 * claim on that criterion is contradicted on this machine. Reads the verdict's numbers only: the method
 * never sees {@code articles_say}.
 */
final class ArticleCheck {
    private ArticleCheck() {}

    static String family(String option) {
        if (option.contains("+")) {
            return "hybrid";
        }
        return option.substring(0, option.indexOf('-'));
    }

    static Optional<String> note(
            Knowledge kb,
            Profile profile,
            ScoreTable table,
            double[] w,
            double[] totals,
            List<Verdict.ClaimCheck> claims,
            int winner) {
        String say = profile.articlesSay();
        String winnerId = table.options().get(winner).id();
        if (say.isEmpty() || family(winnerId).equals(say)) {
            return Optional.empty();
        }
        int best = -1;
        for (int i = 0; i < totals.length; i++) {
            if (family(table.options().get(i).id()).equals(say) && (best < 0 || totals[i] > totals[best])) {
                best = i;
            }
        }
        if (best < 0) {
            return Optional.of(
                    "Against the articles (they recommend " + say + "): the constraints leave no " + say + " option.");
        }
        double[][] r = table.scores();
        int deciding = 0;
        for (int j = 0; j < w.length; j++) {
            if (w[j] * (r[winner][j] - r[best][j]) > w[deciding] * (r[winner][deciding] - r[best][deciding])) {
                deciding = j;
            }
        }
        double gain = w[deciding] * (r[winner][deciding] - r[best][deciding]);
        double margin = totals[winner] - totals[best];
        Criterion c = table.criteria().get(deciding);
        String claim = claims.stream()
                .filter(x -> x.outcome() == Verdict.ClaimCheck.Outcome.CONTRADICTED && x.measured())
                .filter(x -> kb.claims().stream()
                        .anyMatch(k -> k.id().equals(x.id()) && k.criterion().equals(c.id())))
                .findFirst()
                .map(x -> " Measured claim " + x.id() + " on it is contradicted on this machine: " + x.detail() + ".")
                .orElse(" No measured claim on it is contradicted: the difference is "
                        + table.evidence()[winner][deciding].kind().word() + " evidence.");
        String by = winner >= 0 && margin <= 0
                ? "ranks first more often under the uncertainty although its weighted sum is " + Format.score(-margin)
                        + " lower"
                : "leads by " + Format.score(margin);
        return Optional.of("Against the articles (they recommend " + say + "): " + winnerId + " " + by + " over "
                + table.options().get(best).id() + "; deciding criterion " + c.id() + " gives it "
                + Format.score(gain)
                + (margin <= 0
                        ? " (the weighted sums are tied or reversed)"
                        : gain >= margin ? " (more than the whole margin)" : " (part of the margin)")
                + "." + claim);
    }
}
