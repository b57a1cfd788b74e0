package dev.bakeoff.advisor;

import dev.bakeoff.model.BadInputException;
import dev.bakeoff.model.Workload;
import dev.bakeoff.yaml.Yaml;
import dev.bakeoff.yaml.YamlMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads and cross-checks the knowledge-base files; a bad entry is reported as file:line like any input. */
final class KnowledgeReader {

    private KnowledgeReader() {}

    static Knowledge fromClassPath() {
        List<Criterion> criteria = criteria(file("criteria.yaml"));
        YamlMap cands = file("candidates.yaml");
        List<Candidate> candidates = candidates(cands);
        Map<String, HybridCost> costs = costs(cands.requiredMap("costs"));
        Map<String, Library> libraries = libraries(cands.requiredMap("libraries"));
        Map<String, Fact> facts = facts(file("facts.yaml").requiredMap("facts"));
        WeightRules weights = WeightsReader.read(file("weights.yaml"));
        List<Claim> claims = ClaimsReader.read(file("claims.yaml"));
        Knowledge kb = new Knowledge(
                criteria,
                candidates,
                facts,
                costs,
                libraries,
                weights,
                claims,
                TeamRules.read(file("team.yaml")),
                FitRules.read(file("fit.yaml")));
        KnowledgeCheck.check(kb);
        return kb;
    }

    static YamlMap file(String name) {
        String path = "/knowledge/" + name;
        try (InputStream in = KnowledgeReader.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("knowledge base file missing from the build: " + path);
            }
            return Yaml.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "knowledge/" + name);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }

    private static List<Criterion> criteria(YamlMap root) {
        List<Criterion> result = new ArrayList<>();
        for (YamlMap c : root.listOfMaps("criteria")) {
            c.allowOnly(Set.of("id", "name", "seeds", "evidence", "measures", "fact_share", "hybrid", "measured_when"));
            Verdict.Basis evidence = Worded.oneOf(c, "evidence", Verdict.Basis.class);
            List<Criterion.Measure> measures = new ArrayList<>();
            for (YamlMap m : c.listOfMaps("measures")) {
                m.allowOnly(Set.of("workload", "metric"));
                measures.add(new Criterion.Measure(workload(m, "workload"), m.requiredString("metric")));
            }
            if (evidence == Verdict.Basis.MEASURED && measures.isEmpty()) {
                throw c.invalid("measures", "is empty for a measured criterion", "name the workload metrics");
            }
            Optional<Profile.Ml> when = Optional.empty();
            if (c.has("measured_when")) {
                YamlMap w = c.requiredMap("measured_when");
                w.allowOnly(Set.of("ml"));
                when = Optional.of(Worded.oneOf(w, "ml", Profile.Ml.class));
                if (measures.isEmpty() || evidence != Verdict.Basis.LOOKED_UP) {
                    throw c.invalid(
                            "measured_when",
                            "needs a looked-up criterion with measures",
                            "add measures or drop measured_when");
                }
            }
            result.add(new Criterion(
                    c.requiredString("id"),
                    c.requiredString("name"),
                    c.requiredStringList("seeds"),
                    evidence,
                    measures,
                    c.optionalDouble("fact_share", 0, 1).orElse(0.0),
                    Worded.oneOf(c, "hybrid", Criterion.HybridRule.class),
                    when));
        }
        return result;
    }

    private static List<Candidate> candidates(YamlMap root) {
        root.allowOnly(Set.of("stacks", "hybrids", "costs", "libraries"));
        List<Candidate> result = new ArrayList<>();
        Map<String, Candidate> stacks = new LinkedHashMap<>();
        for (YamlMap s : root.listOfMaps("stacks")) {
            s.allowOnly(Set.of("id", "name", "language", "runtime"));
            String id = s.requiredString("id");
            Candidate c = new Candidate(
                    id,
                    s.requiredString("name"),
                    List.of(s.requiredString("language")),
                    List.of(oneOf(s, "runtime", Set.of("node", "python", "jvm"))),
                    id,
                    "",
                    List.of(),
                    "");
            stacks.put(id, c);
            result.add(c);
        }
        for (YamlMap h : root.listOfMaps("hybrids")) {
            h.allowOnly(Set.of("id", "name", "api", "service", "costs", "measured_as"));
            Candidate api = known(h, "api", stacks);
            Candidate service = known(h, "service", stacks);
            result.add(new Candidate(
                    h.requiredString("id"),
                    h.requiredString("name"),
                    List.of(api.languages().getFirst(), service.languages().getFirst()),
                    List.of(api.runtimes().getFirst(), service.runtimes().getFirst()),
                    api.id(),
                    service.id(),
                    h.requiredStringList("costs"),
                    h.optionalString("measured_as").orElse("")));
        }
        return result;
    }

    private static Map<String, HybridCost> costs(YamlMap root) {
        Map<String, HybridCost> result = new LinkedHashMap<>();
        for (String id : root.keys()) {
            YamlMap c = root.requiredMap(id).allowOnly(Set.of("rationale", "penalties"));
            result.put(id, new HybridCost(id, c.requiredString("rationale"), numbers(c.requiredMap("penalties"))));
        }
        return result;
    }

    private static Map<String, Library> libraries(YamlMap root) {
        Map<String, Library> result = new LinkedHashMap<>();
        for (String id : root.keys()) {
            YamlMap l = root.requiredMap(id).allowOnly(Set.of("runtimes", "rationale"));
            result.put(id, new Library(id, l.requiredStringList("runtimes"), l.requiredString("rationale")));
        }
        return result;
    }

    private static Map<String, Fact> facts(YamlMap root) {
        Map<String, Fact> result = new LinkedHashMap<>();
        for (String criterion : root.keys()) {
            YamlMap perKey = root.requiredMap(criterion);
            for (String key : perKey.keys()) {
                YamlMap f = perKey.requiredMap(key).allowOnly(Set.of("score", "rationale", "source", "as_of"));
                result.put(
                        criterion + "/" + key,
                        new Fact(
                                criterion,
                                key,
                                f.requiredDouble("score", 0, 10),
                                f.requiredString("rationale"),
                                f.requiredString("source"),
                                f.requiredString("as_of"),
                                perKey.where(key)));
            }
        }
        return result;
    }

    static Map<String, Double> numbers(YamlMap map) {
        Map<String, Double> result = new LinkedHashMap<>();
        map.keys().forEach(k -> result.put(k, map.requiredDouble(k, -100, 100)));
        return result;
    }

    static Workload workload(YamlMap m, String key) {
        String id = m.requiredString(key);
        return Workload.byId(id)
                .orElseThrow(() -> m.invalid(key, "names no workload: '" + id + "'", "use a workload id"));
    }

    static String oneOf(YamlMap m, String key, Set<String> allowed) {
        String value = m.requiredString(key);
        if (!allowed.contains(value)) {
            throw m.invalid(key, "is '" + value + "'", "use one of " + String.join(", ", allowed));
        }
        return value;
    }

    private static Candidate known(YamlMap m, String key, Map<String, Candidate> stacks) {
        String id = m.requiredString(key);
        Candidate c = stacks.get(id);
        if (c == null) {
            throw new BadInputException(m.where(key), "unknown stack '" + id + "'", "name one of " + stacks.keySet());
        }
        return c;
    }
}
