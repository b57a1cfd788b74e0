package dev.bakeoff.yaml;

import dev.bakeoff.model.BadInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlVersionException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads YAML files (stack.yaml, profiles, mix files) into {@link YamlMap}s that remember where each
 * value came from, so that every complaint about a value can say {@code file:line}.
 */
public final class Yaml {
    /** Larger inputs are surely not a hand-written definition; refusing them keeps errors readable. */
    static final long MAX_BYTES = 1 << 20;

    private Yaml() {}

    /** Reads {@code file}; its name in messages is {@code shownAs} (usually the path the user typed). */
    public static YamlMap read(Path file, String shownAs) {
        if (file.toString().isBlank()) {
            throw new BadInputException("'" + shownAs + "'", "the file name is empty", "name a YAML file");
        }
        try {
            if (Files.isDirectory(file)) {
                throw new BadInputException(shownAs, "is a directory, not a YAML file", "name the file itself");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new BadInputException(
                        shownAs,
                        "is larger than 1 MiB, too large for a definition",
                        "check that this is the right file");
            }
            return parse(utf8(Files.readAllBytes(file), shownAs), shownAs);
        } catch (NoSuchFileException e) {
            throw new BadInputException(
                    shownAs, "no such file", "check the path (it is relative to where you run bakeoff)");
        } catch (IOException e) {
            throw new BadInputException(shownAs, "cannot be read: " + e.getMessage(), "check its permissions");
        }
    }

    /** Decodes strict UTF-8; a bad byte is reported with the line it is on. */
    private static String utf8(byte[] bytes, String shownAs) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new BadInputException(
                    shownAs + ":" + line,
                    String.format("is not UTF-8 text (byte 0x%02X at offset %d)", bytes[in.position()], in.position()),
                    "save it as UTF-8");
        }
        return out.flip().toString();
    }

    private static int lineOfCodePoint(String text, int codePoints) {
        int line = 1;
        int end = text.offsetByCodePoints(0, Math.min(codePoints, text.codePointCount(0, text.length())));
        for (int i = 0; i < end; i++) {
            line += text.charAt(i) == '\n' ? 1 : 0;
        }
        return line;
    }

    private static int lineStarting(String text, String prefix) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i + 1;
            }
        }
        return 1;
    }

    /** The first line where brackets, braces or "- " items nest deeper than a definition ever needs. */
    private static int lineOfDeepNesting(String text) {
        int depth = 0;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                depth = 0;
            } else if (c == '[' || c == '{' || (c == '-' && i + 1 < text.length() && text.charAt(i + 1) == ' ')) {
                if (++depth > 100) {
                    return line;
                }
            }
        }
        return 1;
    }

    /** Parses {@code text}; the document must be a mapping at the top level. */
    public static YamlMap parse(String text, String shownAs) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(shownAs)
                .setAllowDuplicateKeys(false)
                .build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(1);
            throw new BadInputException(
                    shownAs + ":" + line, "YAML syntax error: " + e.getProblem(), "correct the YAML at that line");
        } catch (ReaderException e) {
            throw new BadInputException(
                    shownAs + ":" + lineOfCodePoint(text, e.getPosition()),
                    String.format("YAML error: character U+%04X is not allowed in YAML", e.getCodePoint()),
                    "remove it or write it as an escape in a double-quoted string");
        } catch (YamlVersionException e) {
            throw new BadInputException(
                    shownAs + ":" + lineStarting(text, "%YAML"),
                    "YAML error: unsupported YAML version " + e.getSpecVersion().getRepresentation(),
                    "remove the %YAML line (files are YAML 1.2)");
        } catch (YamlEngineException e) {
            throw new BadInputException(shownAs + ":1", "YAML error: " + e.getMessage(), "correct the YAML");
        } catch (StackOverflowError e) {
            // snakeyaml-engine parses nesting recursively and has no depth limit of its own.
            throw new BadInputException(
                    shownAs + ":" + lineOfDeepNesting(text),
                    "YAML error: values nested too deeply for a definition",
                    "flatten the value at that line");
        }
        if (root.isEmpty()) {
            throw new BadInputException(shownAs + ":1", "the file is empty", "write the definition into it");
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            throw new BadInputException(
                    shownAs + ":" + YamlMap.lineOf(root.get()),
                    "the top level must be a mapping of keys to values",
                    "start the file with 'key: value' lines");
        }
        return new YamlMap(mapping, shownAs, "");
    }
}
