package dev.bakeoff.advisor;

import dev.bakeoff.model.BadInputException;
import dev.bakeoff.yaml.Yaml;
import dev.bakeoff.yaml.YamlMap;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads a profile (schema in examples/README.md) with every field checked against the knowledge base. */
final class ProfileReader {
    static final Set<String> LANGUAGES = Set.of("javascript", "typescript", "python", "java");
    static final Set<String> RUNTIMES = Set.of("node", "python", "jvm");

    private final Knowledge kb;

    ProfileReader(Knowledge kb) {
        this.kb = kb;
    }

    Profile read(Path file, String shownAs) {
        return from(Yaml.read(file, shownAs));
    }

    Profile parse(String text, String shownAs) {
        return from(Yaml.parse(text, shownAs));
    }

    private Profile from(YamlMap root) {
        root.allowOnly(Set.of(
                "name",
                "description",
                "workload",
                "requirements",
                "team",
                "priorities",
                "constraints",
                "decision_makers",
                "articles_say"));
        Map<String, String> where = new HashMap<>();
        where.put("", root.where());
        YamlMap w = sub(root, "workload", where);
        w.allowOnly(
                Set.of("concurrent_connections", "realtime", "cpu_heavy_share", "ml", "data_processing", "database"));
        Profile.Traits traits = new Profile.Traits(
                w.optionalLong("concurrent_connections", 1, 1_000_000_000).orElse(100L),
                choice(w, "realtime", Profile.Share.NONE),
                w.optionalDouble("cpu_heavy_share", 0, 1).orElse(0.0),
                choice(w, "ml", Profile.Ml.NONE),
                choice(w, "data_processing", Profile.Share.NONE),
                choice(w, "database", Profile.DatabaseUse.NONE));
        note(w, "workload.", where);

        YamlMap q = sub(root, "requirements", where);
        q.allowOnly(Set.of("peak_rps", "p99_ms", "rows_per_request", "dataset_gb", "cores", "budget_usd_month"));
        Profile.Requirements requirements = new Profile.Requirements(
                q.optionalDouble("peak_rps", 0, 1e9).orElse(0.0),
                q.optionalDouble("p99_ms", 0, 1e6).orElse(0.0),
                q.optionalLong("rows_per_request", 0, 1_000_000_000_000L).orElse(0L),
                q.optionalDouble("dataset_gb", 0, 1e9).orElse(0.0),
                (int) (long) q.optionalLong("cores", 0, 1_000_000).orElse(0L),
                q.optionalDouble("budget_usd_month", 0, 1e12).orElse(0.0));
        note(q, "requirements.", where);

        YamlMap t = sub(root, "team", where);
        t.allowOnly(Set.of("skills", "frameworks", "frontend", "beginners", "other_languages"));
        Map<String, Integer> skills = new LinkedHashMap<>();
        YamlMap s = t.optionalMap("skills").orElse(null);
        if (s != null) {
            s.allowOnly(LANGUAGES);
            for (String language : s.keys()) {
                String as = language.equals("typescript") ? "javascript" : language;
                int level = (int) s.requiredLong(language, 0, 5);
                skills.merge(as, level, Math::max);
                where.put("team.skills." + as, s.where(language));
            }
        }
        Map<String, Integer> frameworks = new LinkedHashMap<>();
        YamlMap f = t.optionalMap("frameworks").orElse(null);
        if (f != null) {
            f.allowOnly(new TreeSet<>(kb.team().frameworks().keySet()));
            for (String name : f.keys()) {
                frameworks.put(name, (int) f.requiredLong(name, 0, 5));
                where.put("team.frameworks." + name, f.where(name));
            }
        }
        Profile.Team team = new Profile.Team(
                skills,
                frameworks,
                choice(t, "frontend", Profile.Frontend.NONE),
                t.optionalBoolean("beginners").orElse(false),
                t.optionalStringList("other_languages").orElse(List.of()));
        note(t, "team.", where);

        Map<String, Integer> priorities = new LinkedHashMap<>();
        YamlMap p = sub(root, "priorities", where);
        p.allowOnly(new TreeSet<>(kb.weights().priorities().keySet()));
        p.keys().forEach(k -> priorities.put(k, (int) p.requiredLong(k, 0, 5)));
        note(p, "priorities.", where);

        YamlMap c = sub(root, "constraints", where);
        c.allowOnly(Set.of("must_run_in_process", "runtime_only", "exclude"));
        List<String> libraries = c.optionalStringList("must_run_in_process").orElse(List.of());
        libraries.forEach(l -> known(c, "must_run_in_process", l, kb.libraries().keySet()));
        List<String> runtimes = c.optionalStringList("runtime_only").orElse(List.of());
        runtimes.forEach(r -> known(c, "runtime_only", r, RUNTIMES));
        List<String> exclude = c.optionalStringList("exclude").orElse(List.of());
        Set<String> excludable = new TreeSet<>(RUNTIMES);
        kb.candidates().forEach(x -> excludable.add(x.id()));
        exclude.forEach(x -> known(c, "exclude", x, excludable));
        note(c, "constraints.", where);

        return new Profile(
                root.optionalString("name").orElse("unnamed profile"),
                root.optionalString("description").orElse(""),
                traits,
                requirements,
                team,
                priorities,
                new Profile.Constraints(libraries, runtimes, exclude),
                root.optionalStringList("decision_makers").orElse(List.of()),
                root.optionalString("articles_say").orElse(""),
                where);
    }

    private static YamlMap sub(YamlMap root, String key, Map<String, String> where) {
        where.put(key, root.where(key));
        return root.optionalMap(key).orElseGet(() -> Yaml.parse("{}", root.where()));
    }

    private static void note(YamlMap m, String prefix, Map<String, String> where) {
        m.keys().forEach(k -> where.putIfAbsent(prefix + k, m.where(k)));
    }

    private static <E extends Enum<E> & Worded> E choice(YamlMap m, String key, E fallback) {
        return m.has(key) ? Worded.oneOf(m, key, fallback.getDeclaringClass()) : fallback;
    }

    /** The words of a closed set, for questions and messages. */
    static <E extends Enum<E> & Worded> Set<String> words(Class<E> type) {
        Set<String> words = new TreeSet<>();
        for (E e : type.getEnumConstants()) {
            words.add(e.word());
        }
        return words;
    }

    private static void known(YamlMap m, String key, String value, Set<String> allowed) {
        if (!allowed.contains(value)) {
            throw new BadInputException(
                    m.where(key),
                    "field 'constraints." + key + "' names unknown '" + value + "'",
                    "use one of " + String.join(", ", new TreeSet<>(allowed)));
        }
    }
}
