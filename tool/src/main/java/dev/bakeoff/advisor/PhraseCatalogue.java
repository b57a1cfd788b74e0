package dev.bakeoff.advisor;

import dev.bakeoff.yaml.YamlMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * knowledge/phrases.yaml: turns free text into profile fields. The first phrase that sets a field wins;
 * every match is reported with the fields it set, so the user sees how the text was read.
 */
final class PhraseCatalogue {
    private final List<Phrase> phrases;

    private PhraseCatalogue(List<Phrase> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    private record Phrase(Pattern pattern, Map<String, String> set, String note) {}

    static PhraseCatalogue load() {
        List<Phrase> phrases = new ArrayList<>();
        for (YamlMap p : KnowledgeReader.file("phrases.yaml").listOfMaps("phrases")) {
            p.allowOnly(java.util.Set.of("match", "set", "note"));
            YamlMap set = p.requiredMap("set");
            Map<String, String> fields = new LinkedHashMap<>();
            for (String key : set.keys()) {
                fields.put(key, value(set, key));
            }
            phrases.add(new Phrase(
                    Pattern.compile(p.requiredString("match"), Pattern.CASE_INSENSITIVE),
                    fields,
                    p.requiredString("note")));
        }
        return new PhraseCatalogue(phrases);
    }

    /** A profile as YAML text, the phrases that matched, and (set by the caller) the parsed profile. */
    Advisor.Description describe(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<Advisor.PhraseHit> hits = new ArrayList<>();
        for (Phrase p : phrases) {
            Matcher m = p.pattern().matcher(text);
            if (!m.find()) {
                continue;
            }
            Map<String, String> setHere = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : p.set().entrySet()) {
                String value = PhraseValues.resolve(e.getValue(), m);
                if (value.startsWith("[") && fields.containsKey(e.getKey())) {
                    // Lists add up: "no Python allowed" and "must not use Node.js" exclude both.
                    String merged = PhraseValues.union(fields.get(e.getKey()), value);
                    fields.put(e.getKey(), merged);
                    setHere.put(e.getKey(), merged);
                    continue;
                }
                if (!fields.containsKey(e.getKey())) {
                    fields.put(e.getKey(), value);
                    setHere.put(e.getKey(), value);
                } else {
                    setHere.put(e.getKey(), value + " (ignored: already " + fields.get(e.getKey()) + ")");
                }
            }
            hits.add(new Advisor.PhraseHit(m.group(), p.pattern().pattern(), setHere, p.note()));
        }
        return new Advisor.Description(ProfileYaml.write("described: " + abbreviate(text), text, fields), hits, null);
    }

    /** A scalar as is, a list as YAML flow text ({@code [a, b]}) for the generated profile. */
    private static String value(YamlMap set, String key) {
        try {
            return set.requiredString(key);
        } catch (dev.bakeoff.model.BadInputException notAScalar) {
            return "[" + String.join(", ", set.requiredStringList(key)) + "]";
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 50 ? s : s.substring(0, 47) + "...";
    }
}
