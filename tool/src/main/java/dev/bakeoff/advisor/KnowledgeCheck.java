package dev.bakeoff.advisor;

import java.util.HashSet;
import java.util.Set;

/**
 * Cross-file checks of the knowledge base, so that a gap shows up when Bakeoff starts rather than as a
 * silent zero in someone's verdict.
 */
final class KnowledgeCheck {
    private KnowledgeCheck() {}

    static void check(Knowledge kb) {
        Set<String> criteria = kb.criteriaById().keySet();
        if (criteria.size() != 18) {
            throw broken("criteria.yaml has " + criteria.size() + " criteria; the articles use 18");
        }
        for (Criterion c : kb.criteria()) {
            if (c.evidence() == Verdict.Basis.PROFILE) {
                continue;
            }
            for (Candidate s : kb.stacks()) {
                if (kb.fact(c.id(), s.id()).isEmpty()) {
                    throw broken("facts.yaml has no fact (or prior) for " + c.id() + " and " + s.id());
                }
            }
        }
        for (String key : kb.facts().keySet()) {
            String criterion = key.substring(0, key.indexOf('/'));
            if (!criteria.contains(criterion)) {
                throw broken("facts.yaml names an unknown criterion " + criterion);
            }
        }
        Set<String> weighted = new HashSet<>(kb.weights().base().keySet());
        kb.weights().priorities().values().forEach(m -> weighted.addAll(m.keySet()));
        kb.weights().traits().forEach(t -> weighted.addAll(t.add().keySet()));
        kb.costs().values().forEach(c -> weighted.addAll(c.penalties().keySet()));
        weighted.addAll(kb.team().switchingCost().keySet());
        kb.team().frameworks().forEach((name, fw) -> {
            if (!fw.stack().isEmpty() && kb.candidate(fw.stack()).isEmpty()) {
                throw broken("team.yaml: framework " + name + " names unknown stack " + fw.stack());
            }
        });
        weighted.removeAll(criteria);
        if (!weighted.isEmpty()) {
            throw broken("weights.yaml or candidates.yaml name unknown criteria " + weighted);
        }
        for (Candidate c : kb.candidates()) {
            for (String cost : c.costs()) {
                if (!kb.costs().containsKey(cost)) {
                    throw broken("candidates.yaml: " + c.id() + " names unknown cost " + cost);
                }
            }
        }
        for (Claim claim : kb.claims()) {
            if (!criteria.contains(claim.criterion())) {
                throw broken("claims.yaml: " + claim.id() + " names unknown criterion " + claim.criterion());
            }
            if (!claim.fact().isEmpty() && !kb.facts().containsKey(claim.fact())) {
                throw broken("claims.yaml: " + claim.id() + " names unknown fact " + claim.fact());
            }
            if (claim.rule() != null) {
                claim.rule().subject().forEach(s -> stack(kb, claim, s));
                claim.rule().versus().forEach(s -> stack(kb, claim, s));
            }
        }
    }

    private static void stack(Knowledge kb, Claim claim, String id) {
        // A hybrid's composed stack (its measured_as) is a stack a run measures too.
        boolean composed = kb.candidates().stream().anyMatch(c -> c.measuredAs().equals(id));
        if (kb.candidate(id).isEmpty() && !composed) {
            throw broken("claims.yaml: " + claim.id() + " names unknown stack " + id);
        }
    }

    private static IllegalStateException broken(String what) {
        return new IllegalStateException("knowledge base is inconsistent: " + what);
    }
}
