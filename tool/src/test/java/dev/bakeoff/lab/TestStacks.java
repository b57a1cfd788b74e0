package dev.bakeoff.lab;

import dev.bakeoff.model.StackDefinition;
import dev.bakeoff.model.Workspace;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** The standard-library test stacks under src/test/resources/stacks, and a workspace around them. */
final class TestStacks {
    private TestStacks() {}

    static Path dir() {
        try {
            return Path.of(TestStacks.class.getResource("/stacks").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Workspace workspace(Path state) {
        return new Workspace(dir().getParent(), dir(), state);
    }

    static StackDefinition stack(String name) {
        return StackCatalog.load(dir(), dir().getParent())
                .select(java.util.List.of(name))
                .get(0);
    }
}
