package dev.bakeoff.advisor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The first reasons of every verdict, in the order an architect gives them: hard constraints, the team,
 * then the requirements with the measured fit in numbers. The criteria's weighted gains follow them.
 */
final class FirstReasons {
    private FirstReasons() {}

    static List<String> of(
            Knowledge kb,
            Profile profile,
            Scorer scorer,
            Map<String, Fit.StackFit> fits,
            Candidate win,
            Candidate second,
            CandidateFilter.Result filtered) {
        List<String> reasons = new ArrayList<>();
        if (!filtered.excluded().isEmpty()) {
            Map<String, List<String>> byReason = new java.util.LinkedHashMap<>();
            filtered.excluded()
                    .forEach(e -> byReason.computeIfAbsent(e.reason(), r -> new ArrayList<>())
                            .add(e.option()));
            List<String> parts = new ArrayList<>();
            byReason.forEach((reason, options) -> parts.add(reason + ": excludes " + String.join(", ", options)));
            reasons.add("Constraints: " + String.join("; ", parts));
        }
        reasons.add("Team: " + team(kb, profile, scorer, win, second));
        Load load = scorer.load();
        String assumed = load.assumed().isEmpty() ? "" : " (assumed: " + String.join("; ", load.assumed()) + ")";
        if (fits.isEmpty()) {
            reasons.add("Requirements: " + load.describe() + assumed
                    + "; no stored run, so no stack's fit is measured (priors only)");
            return reasons;
        }
        List<String> lines = new ArrayList<>();
        for (String stack : win.stacks()) {
            lines.add(fits.get(stack).sentence(load));
        }
        for (String stack : second.stacks()) {
            if (!win.stacks().contains(stack)) {
                lines.add(fits.get(stack).sentence(load));
            }
        }
        reasons.add("Requirements: " + load.describe() + assumed + ". " + String.join("; ", lines));
        return reasons;
    }

    private static String team(Knowledge kb, Profile profile, Scorer scorer, Candidate win, Candidate second) {
        if (!profile.team().stated()) {
            return "no backend skills stated, so team fit does not separate the options";
        }
        return skills(kb, scorer, win) + " on " + win.id() + " vs " + skills(kb, scorer, second) + " on " + second.id();
    }

    private static String skills(Knowledge kb, Scorer scorer, Candidate option) {
        List<String> parts = new ArrayList<>();
        for (String stack : option.stacks()) {
            Candidate s = kb.candidate(stack).orElseThrow();
            parts.add(s.languages().getFirst() + " " + scorer.skill(s) + "/5");
        }
        return String.join(" + ", parts);
    }

    /** What the team must take on with the answer: a language it does not know, or one Bakeoff does not offer. */
    static List<String> teamNotes(Knowledge kb, Profile profile, Scorer scorer, Candidate win) {
        List<String> notes = new ArrayList<>();
        Profile.Team team = profile.team();
        if (!team.otherLanguages().isEmpty()) {
            notes.add("Bakeoff does not offer " + String.join(", ", team.otherLanguages())
                    + ": it measures Node.js, Python and Java stacks only, so it advises among those.");
        }
        if (!team.stated()) {
            return notes;
        }
        for (String stack : win.stacks()) {
            Candidate s = kb.candidate(stack).orElseThrow();
            int skill = scorer.skill(s);
            int stated = kb.team().skill(profile.team(), s.id(), s.languages().getFirst());
            if (skill <= 1) {
                String language = s.languages().getFirst();
                notes.add((stated < 0
                                ? "The team states no " + language + " skill"
                                : "The team rates " + language + " " + skill + "/5")
                        + ": with " + win.name() + " it must then build and run " + language
                        + " code (switching cost counted: " + kb.team().switchingRationale() + ").");
            }
        }
        return notes;
    }
}
