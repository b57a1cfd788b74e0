package dev.bakeoff.advisor;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.bakeoff.yaml.YamlMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A closed set whose constants are written as words in the knowledge base, tables, reports and JSON (e.g.
 * "looked-up", "not measured"): {@link #word()} is the one spelling, so no caller compares strings.
 */
interface Worded {
    /** The constant's name (every implementation is an enum). */
    String name();

    /** The one spelling: by default the constant's name in lower case, '_' written '-' ("LOOKED_UP" is "looked-up"). */
    @JsonValue
    default String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

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
