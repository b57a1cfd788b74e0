package dev.bakeoff.yaml;

import dev.bakeoff.model.BadInputException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
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
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
            return parse(text, shownAs);
        } catch (NoSuchFileException e) {
            throw new BadInputException(
                    shownAs, "no such file", "check the path (it is relative to where you run bakeoff)");
        } catch (CharacterCodingException e) {
            throw new BadInputException(shownAs, "is not UTF-8 text", "save it as UTF-8");
        } catch (IOException e) {
            throw new BadInputException(shownAs, "cannot be read: " + e.getMessage(), "check its permissions");
        }
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
        } catch (YamlEngineException e) {
            throw new BadInputException(shownAs, "YAML error: " + e.getMessage(), "correct the YAML");
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
