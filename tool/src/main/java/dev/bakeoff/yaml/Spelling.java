package dev.bakeoff.yaml;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Suggests the allowed word nearest to a misspelt one, so an error message can say "did you mean". */
public final class Spelling {
    private Spelling() {}

    /** The closest of {@code candidates} within an edit distance of 2 (or a third of the word), if any. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        int limit = Math.max(2, word.length() / 3);
        return candidates.stream()
                .filter(c -> distance(word.toLowerCase(), c.toLowerCase()) <= limit)
                .min(Comparator.comparingInt(c -> distance(word.toLowerCase(), c.toLowerCase())));
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] curr = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            curr[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                curr[j] = Math.min(Math.min(curr[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] swap = prev;
            prev = curr;
            curr = swap;
        }
        return prev[b.length()];
    }
}
