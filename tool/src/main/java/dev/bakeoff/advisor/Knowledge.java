package dev.bakeoff.advisor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The knowledge base as loaded from {@code knowledge/*.yaml} on the class path: criteria, candidates,
 * facts, hybrid costs, libraries, weight rules and claims. Immutable and checked for completeness on load.
 */
record Knowledge(
        List<Criterion> criteria,
        List<Candidate> candidates,
        Map<String, Fact> facts,
        Map<String, HybridCost> costs,
        Map<String, Library> libraries,
        WeightRules weights,
        List<Claim> claims,
        TeamRules team,
        FitRules fit) {

    Knowledge {
        criteria = List.copyOf(criteria);
        candidates = List.copyOf(candidates);
        facts = Map.copyOf(facts);
        costs = Map.copyOf(costs);
        libraries = Map.copyOf(libraries);
        claims = List.copyOf(claims);
    }

    /** The knowledge base shipped with Bakeoff. */
    static Knowledge load() {
        return KnowledgeReader.fromClassPath();
    }

    /** The fact for a criterion and stack: the stack's own entry, else its runtime's. */
    Optional<Fact> fact(String criterion, String stack) {
        Fact own = facts.get(criterion + "/" + stack);
        if (own != null) {
            return Optional.of(own);
        }
        return candidate(stack)
                .flatMap(c -> Optional.ofNullable(
                        facts.get(criterion + "/" + c.runtimes().getFirst())));
    }

    Optional<Candidate> candidate(String id) {
        return candidates.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    Optional<Criterion> criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The plain stacks (not hybrids), in knowledge-base order. */
    List<Candidate> stacks() {
        return candidates.stream().filter(c -> !c.hybrid()).toList();
    }

    Map<String, Criterion> criteriaById() {
        Map<String, Criterion> byId = new LinkedHashMap<>();
        criteria.forEach(c -> byId.put(c.id(), c));
        return byId;
    }
}
