package dev.bakeoff.yaml;

import dev.bakeoff.model.BadInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML mapping whose values are read with their types checked. Every failure throws {@link
 * BadInputException} naming {@code file:line}, the dotted field name, what was found and what is expected.
 */
public final class YamlMap {
    private final MappingNode node;
    private final String file;
    private final String prefix;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    YamlMap(MappingNode node, String file, String prefix) {
        this.node = node;
        this.file = file;
        this.prefix = prefix;
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new BadInputException(at(tuple.getKeyNode()), "keys must be plain words", "write 'name: value'");
            }
            if (entries.put(key.getValue(), tuple) != null) {
                throw new BadInputException(
                        at(key), "field '" + field(key.getValue()) + "' appears twice", "keep one of them");
            }
        }
    }

    /** {@code file:line} of this mapping. */
    public String where() {
        return at(node);
    }

    /** {@code file:line} of the key, or of this mapping when the key is absent. */
    public String where(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? where() : at(tuple.getKeyNode());
    }

    /** The file name as shown in messages. */
    public String file() {
        return file;
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    /** Rejects keys outside {@code allowed}, suggesting the closest allowed one (typos are the usual cause). */
    public YamlMap allowOnly(Set<String> allowed) {
        for (String key : entries.keySet()) {
            if (!allowed.contains(key)) {
                String hint = Spelling.closest(key, allowed)
                        .map(s -> "did you mean '" + s + "'? ")
                        .orElse("");
                throw new BadInputException(
                        where(key),
                        "unknown field '" + field(key) + "'",
                        hint + "allowed here: "
                                + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
        return this;
    }

    /** Builds the error for a field whose value is unusable; callers add their own checks with it. */
    public BadInputException invalid(String key, String problem, String fix) {
        return new BadInputException(at(valueOrKey(key)), "field '" + field(key) + "' " + problem, fix);
    }

    public String requiredString(String key) {
        return optionalString(key).orElseThrow(() -> missing(key, "a text value"));
    }

    public Optional<String> optionalString(String key) {
        return value(key).map(v -> scalar(key, v, "a text value").getValue());
    }

    public boolean requiredBoolean(String key) {
        return optionalBoolean(key).orElseThrow(() -> missing(key, "true or false"));
    }

    public Optional<Boolean> optionalBoolean(String key) {
        return value(key).map(v -> switch (scalar(key, v, "true or false").getValue()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw wrongType(key, v, "true or false");
        });
    }

    public long requiredLong(String key, long min, long max) {
        return optionalLong(key, min, max).orElseThrow(() -> missing(key, "a whole number"));
    }

    public Optional<Long> optionalLong(String key, long min, long max) {
        return value(key).map(v -> {
            String text = scalar(key, v, "a whole number").getValue().replace("_", "");
            long parsed;
            try {
                parsed = Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw wrongType(key, v, "a whole number");
            }
            if (parsed < min || parsed > max) {
                throw invalid(
                        key,
                        "is " + parsed + ", outside " + min + ".." + max,
                        "use a value from " + min + " to " + max);
            }
            return parsed;
        });
    }

    public double requiredDouble(String key, double min, double max) {
        return optionalDouble(key, min, max).orElseThrow(() -> missing(key, "a number"));
    }

    public Optional<Double> optionalDouble(String key, double min, double max) {
        return value(key).map(v -> {
            double parsed;
            try {
                parsed = Double.parseDouble(scalar(key, v, "a number").getValue());
            } catch (NumberFormatException e) {
                throw wrongType(key, v, "a number");
            }
            if (!(parsed >= min && parsed <= max)) {
                throw invalid(
                        key,
                        "is " + parsed + ", outside " + min + ".." + max,
                        "use a value from " + min + " to " + max);
            }
            return parsed;
        });
    }

    public List<String> requiredStringList(String key) {
        return optionalStringList(key).orElseThrow(() -> missing(key, "a list such as [a, b]"));
    }

    public Optional<List<String>> optionalStringList(String key) {
        return value(key).map(v -> strings(key, v));
    }

    /** A list of lists of text, such as the argv lists of setup steps. */
    public List<List<String>> listOfStringLists(String key) {
        return value(key)
                .map(v -> sequence(key, v).getValue().stream()
                        .map(item -> strings(key, item))
                        .toList())
                .orElse(List.of());
    }

    public YamlMap requiredMap(String key) {
        return optionalMap(key).orElseThrow(() -> missing(key, "a mapping of 'name: value' lines"));
    }

    public Optional<YamlMap> optionalMap(String key) {
        return value(key).map(v -> {
            if (v instanceof MappingNode m) {
                return new YamlMap(m, file, field(key) + ".");
            }
            throw wrongType(key, v, "a mapping of 'name: value' lines");
        });
    }

    /** A mapping whose values are all text, such as environment variables. */
    public Map<String, String> stringMap(String key) {
        Map<String, String> result = new LinkedHashMap<>();
        optionalMap(key).ifPresent(m -> m.keys().forEach(k -> result.put(k, m.requiredString(k))));
        return result;
    }

    /** A list of mappings, such as the request classes of a mix file. */
    public List<YamlMap> listOfMaps(String key) {
        List<YamlMap> result = new ArrayList<>();
        value(key).ifPresent(v -> {
            List<Node> items = sequence(key, v).getValue();
            for (int i = 0; i < items.size(); i++) {
                if (!(items.get(i) instanceof MappingNode m)) {
                    throw wrongType(key, items.get(i), "a list of mappings");
                }
                result.add(new YamlMap(m, file, field(key) + "[" + i + "]."));
            }
        });
        return result;
    }

    static int lineOf(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    }

    private Optional<Node> value(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        Node value = tuple.getValueNode();
        if (value instanceof ScalarNode s && s.getTag().getValue().endsWith(":null")) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private Node valueOrKey(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? node : tuple.getValueNode();
    }

    private ScalarNode scalar(String key, Node value, String expected) {
        if (value instanceof ScalarNode s) {
            return s;
        }
        throw wrongType(key, value, expected);
    }

    private SequenceNode sequence(String key, Node value) {
        if (value instanceof SequenceNode s) {
            return s;
        }
        throw wrongType(key, value, "a list");
    }

    private List<String> strings(String key, Node value) {
        return sequence(key, value).getValue().stream()
                .map(item -> scalar(key, item, "a list of text values").getValue())
                .toList();
    }

    private BadInputException missing(String key, String expected) {
        return new BadInputException(
                where(), "required field '" + field(key) + "' is missing", "add '" + key + ":' with " + expected);
    }

    private BadInputException wrongType(String key, Node value, String expected) {
        String found = switch (value) {
            case ScalarNode s -> "'" + abbreviate(s.getValue()) + "'";
            case SequenceNode s -> "a list";
            case MappingNode m -> "a mapping";
            default -> "something else";
        };
        return new BadInputException(
                at(value), "field '" + field(key) + "' must be " + expected + ", found " + found, "write " + expected);
    }

    private String field(String key) {
        return prefix + key;
    }

    private String at(Node n) {
        return file + ":" + lineOf(n);
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
