package dev.bakeoff.advisor;

import dev.bakeoff.model.BadInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a profile's hard constraints before any scoring (MADR's "only option meeting a k.o. criterion").
 * A hybrid satisfies must_run_in_process when one of its parts can host the library (the network hop to
 * that part is counted as a cost when scoring); runtime_only needs every part's runtime to be allowed.
 */
final class CandidateFilter {
    private CandidateFilter() {}

    record Result(List<Candidate> kept, List<Verdict.Exclusion> excluded) {}

    static Result apply(Knowledge kb, Profile profile) {
        List<Candidate> kept = new ArrayList<>();
        List<Verdict.Exclusion> excluded = new ArrayList<>();
        Profile.Constraints rules = profile.constraints();
        Map<String, List<String>> excludedBy = new LinkedHashMap<>();
        for (Candidate c : kb.candidates()) {
            String field = null;
            String reason = null;
            for (String lib : rules.mustRunInProcess()) {
                Library library = kb.libraries().get(lib);
                if (c.runtimes().stream().noneMatch(library.runtimes()::contains)) {
                    field = "constraints.must_run_in_process";
                    reason = lib + " runs in-process only on " + String.join("/", library.runtimes()) + " ("
                            + library.rationale() + ")";
                }
            }
            if (reason == null
                    && !rules.runtimeOnly().isEmpty()
                    && !rules.runtimeOnly().containsAll(c.runtimes())) {
                field = "constraints.runtime_only";
                reason = "runs on " + String.join(" + ", c.runtimes()) + ", not only on "
                        + String.join("/", rules.runtimeOnly());
            }
            if (reason == null
                    && (rules.exclude().contains(c.id())
                            || c.stacks().stream().anyMatch(rules.exclude()::contains)
                            || c.runtimes().stream().anyMatch(rules.exclude()::contains))) {
                field = "constraints.exclude";
                reason = "excluded by name";
            }
            if (reason == null) {
                kept.add(c);
            } else {
                excluded.add(new Verdict.Exclusion(c.id(), field, profile.whereOf(field), reason));
                excludedBy.computeIfAbsent(field, f -> new ArrayList<>()).add(c.id());
            }
        }
        if (kept.isEmpty()) {
            throw contradiction(profile, excludedBy);
        }
        return new Result(kept, excluded);
    }

    private static BadInputException contradiction(Profile profile, Map<String, List<String>> excludedBy) {
        List<String> parts = new ArrayList<>();
        excludedBy.forEach((field, ids) ->
                parts.add(field + " (" + profile.whereOf(field) + ") rules out " + String.join(", ", ids)));
        String first = excludedBy.keySet().iterator().next();
        return new BadInputException(
                profile.whereOf(first),
                "the constraints contradict each other: no option is left. " + String.join("; ", parts),
                "relax one of " + String.join(", ", excludedBy.keySet())
                        + " (e.g. serve an exported model: must_run_in_process: [onnx] runs on every runtime)");
    }
}
