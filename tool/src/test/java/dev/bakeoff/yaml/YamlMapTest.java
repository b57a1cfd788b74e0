package dev.bakeoff.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bakeoff.model.BadInputException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class YamlMapTest {

    @Test
    void readsTypedValuesWithNestedMaps() {
        YamlMap map = Yaml.parse("name: x\nworkers:\n  per_cpu: 2\n  why: because\nlist: [a, b]\n", "f.yaml");
        assertThat(map.requiredString("name")).isEqualTo("x");
        assertThat(map.requiredMap("workers").requiredDouble("per_cpu", 0, 8)).isEqualTo(2.0);
        assertThat(map.requiredStringList("list")).containsExactly("a", "b");
    }

    @Test
    void namesFileLineAndDottedFieldForAWrongType() {
        YamlMap map = Yaml.parse("name: x\nworkers:\n  per_cpu: lots\n", "stacks/a/stack.yaml");
        assertThatThrownBy(() -> map.requiredMap("workers").requiredDouble("per_cpu", 0, 8))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("stacks/a/stack.yaml:3")
                .hasMessageContaining("workers.per_cpu")
                .hasMessageContaining("'lots'");
    }

    @Test
    void missingFieldPointsAtItsMapping() {
        YamlMap map = Yaml.parse("a: 1\nsetup:\n  apt: []\n", "s.yaml");
        assertThatThrownBy(() -> map.requiredMap("setup").requiredStringList("check"))
                .hasMessageContaining("s.yaml:3")
                .hasMessageContaining("required field 'setup.check' is missing");
    }

    @Test
    void unknownKeySuggestsTheClosestAllowedOne() {
        YamlMap map = Yaml.parse("framwork: x\n", "s.yaml");
        assertThatThrownBy(() -> map.allowOnly(Set.of("framework", "runtime")))
                .hasMessageContaining("s.yaml:1")
                .hasMessageContaining("did you mean 'framework'");
    }

    @Test
    void syntaxErrorsCarryTheirLine() {
        assertThatThrownBy(() -> Yaml.parse("a: 1\nb: [1, 2\nc: 3\n", "bad.yaml"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("bad.yaml:")
                .hasMessageContaining("YAML syntax error");
    }

    @Test
    void duplicateKeysAreRejected() {
        assertThatThrownBy(() -> Yaml.parse("a: 1\na: 2\n", "d.yaml"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("d.yaml:");
    }

    @Test
    void aTopLevelListIsNotADefinition() {
        assertThatThrownBy(() -> Yaml.parse("- a\n- b\n", "l.yaml")).hasMessageContaining("must be a mapping");
    }
}
