package dev.bakeoff.advisor;

import java.util.List;

/**
 * An option the advisor ranks: a stack, or a hybrid of an API stack and an ML/data service stack.
 *
 * @param languages the languages the team must know (one for a stack, two for a hybrid)
 * @param runtimes  node, python or jvm; a hybrid has both parts' runtimes
 * @param api       for a hybrid, the API part's stack id; for a stack, its own id
 * @param service   for a hybrid, the service part's stack id; empty for a stack
 * @param costs     for a hybrid, the ids of its costs in candidates.yaml
 * @param measuredAs for a hybrid, the composed stack (stacks/&lt;name&gt;/stack.yaml with compose:) that deploys it,
 *                  so that a run's measured hop stands in for its stated network_hop cost; empty: none
 */
record Candidate(
        String id,
        String name,
        List<String> languages,
        List<String> runtimes,
        String api,
        String service,
        List<String> costs,
        String measuredAs) {

    boolean hybrid() {
        return !service.isEmpty();
    }

    /** The stacks this option runs: itself, or its two parts. */
    List<String> stacks() {
        return hybrid() ? List.of(api, service) : List.of(id);
    }
}
