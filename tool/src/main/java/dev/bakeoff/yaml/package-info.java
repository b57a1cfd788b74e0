/**
 * Reading YAML files (stack.yaml, profiles, mix files, the knowledge base) into {@link YamlMap}s that remember
 * where each value came from, so that every complaint about a value names its {@code file:line}, and suggests
 * the nearest allowed word for a misspelt one (docs/DESIGN.md, Rooms).
 *
 * <p>May use: model.
 *
 * <p>Public types: {@link Spelling}, {@link Yaml}, {@link YamlMap}.
 */
package dev.bakeoff.yaml;
