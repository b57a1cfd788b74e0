package dev.bakeoff.advisor;

/**
 * A looked-up fact: a 0..10 score for one criterion and stack (or runtime), in our own words.
 *
 * @param key   the stack id or runtime the fact is about
 * @param where file:line of the fact in the knowledge base
 */
record Fact(String criterion, String key, double score, String rationale, String source, String asOf, String where) {
    double unitScore() {
        return score / 10.0;
    }
}
