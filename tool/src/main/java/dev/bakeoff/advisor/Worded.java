package dev.bakeoff.advisor;

import dev.bakeoff.yaml.YamlMap;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A closed set whose constants are written as words in the knowledge base, tables, reports and JSON (e.g.
 * "looked-up", "not measured"): {@link #word()} is the one spelling, so no caller compares strings.
 */
interface Worded {
    String word();

    /** The constant of {@code type} whose word is {@code m}'s {@code key}, or the error listing the allowed. */
    static <E extends Enum<E> & Worded> E oneOf(YamlMap m, String key, Class<E> type) {
        Set<String> allowed = new LinkedHashSet<>();
        for (E e : type.getEnumConstants()) {
            allowed.add(e.word());
        }
        String value = KnowledgeReader.oneOf(m, key, allowed);
        for (E e : type.getEnumConstants()) {
            if (e.word().equals(value)) {
                return e;
            }
        }
        throw new IllegalStateException(value); // unreachable: oneOf accepted only the words above
    }
}
