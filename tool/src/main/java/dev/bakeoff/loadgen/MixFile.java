package dev.bakeoff.loadgen;

import dev.bakeoff.yaml.Yaml;
import dev.bakeoff.yaml.YamlMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a request mix from YAML; every problem is reported as {@code file:line}. The format:
 *
 * <pre>
 * requests:
 *   - name: plaintext      # label in the output, unique
 *     path: /plaintext     # request target, query included
 *     weight: 9            # relative share, default 1
 *   - name: cpu
 *     method: POST         # default GET
 *     path: /cpu?n=100000
 *     headers: {Accept: application/json}
 *     body: ""
 * </pre>
 */
public final class MixFile {
    private static final Set<String> TOP = Set.of("requests");
    private static final Set<String> FIELDS = Set.of("name", "method", "path", "headers", "body", "weight");

    private MixFile() {}

    public static List<RequestClass> read(Path file, String shownAs) {
        return parse(Yaml.read(file, shownAs));
    }

    static List<RequestClass> parse(YamlMap root) {
        root.allowOnly(TOP);
        List<YamlMap> items = root.listOfMaps("requests");
        if (items.isEmpty()) {
            throw root.invalid("requests", "has no request classes", "list at least one: '- name: x' and 'path: /x'");
        }
        List<RequestClass> classes = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (YamlMap item : items) {
            item.allowOnly(FIELDS);
            String name = item.requiredString("name");
            if (!names.add(name)) {
                throw item.invalid("name", "'" + name + "' is used twice", "give each request class its own name");
            }
            String path = item.requiredString("path");
            if (!path.startsWith("/") || path.chars().anyMatch(ch -> ch <= ' ')) {
                throw item.invalid(
                        "path",
                        "must start with '/' and contain no spaces, found '" + path + "'",
                        "e.g. /plaintext or /cpu?n=1000");
            }
            String method = item.optionalString("method").orElse("GET");
            if (!method.matches("[A-Z]+")) {
                throw item.invalid("method", "must be an upper-case HTTP method, found '" + method + "'", "e.g. GET");
            }
            int weight = item.optionalLong("weight", 1, 10_000).orElse(1L).intValue();
            Map<String, String> headers = item.stringMap("headers");
            headers.forEach((header, value) -> {
                // Sent as written: a bad name or a line break would split or corrupt the request.
                if (!header.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
                    throw item.invalid(
                            "headers",
                            "has a header name that is not an HTTP token: '" + header + "'",
                            "use letters, digits and dashes, e.g. Accept");
                }
                if (value.chars().anyMatch(ch -> (ch < ' ' && ch != '\t') || ch == 0x7F)) {
                    throw item.invalid(
                            "headers",
                            "has a line break or control character in the value of " + header,
                            "write the value on one line, without control characters");
                }
            });
            classes.add(new RequestClass(
                    name, method, path, headers, item.optionalString("body").orElse(""), weight));
        }
        return classes;
    }
}
