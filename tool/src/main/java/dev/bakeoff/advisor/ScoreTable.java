package dev.bakeoff.advisor;

import java.util.List;

/**
 * Criterion scores (0..1) of each option, with the evidence behind each cell when explained.
 * Rows follow {@code options}, columns follow {@code criteria}.
 */
record ScoreTable(List<Candidate> options, List<Criterion> criteria, double[][] scores, Verdict.Evidence[][] evidence) {

    int column(String criterion) {
        for (int j = 0; j < criteria.size(); j++) {
            if (criteria.get(j).id().equals(criterion)) {
                return j;
            }
        }
        throw new IllegalArgumentException("no criterion " + criterion);
    }

    int row(String option) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).id().equals(option)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no option " + option);
    }
}
