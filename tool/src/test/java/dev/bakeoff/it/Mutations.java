package dev.bakeoff.it;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generates malformed variants of a valid YAML file (a stack.yaml, a profile, a mix file): textual
 * mutations of its lines, broken syntax, bad bytes, whole-file oddities, and schema mistakes specific
 * to the file. Each variant says whether it is surely invalid ({@code mustFail}); the others (a
 * deleted optional line, a renamed key in a free-form map) may stay valid.
 */
final class Mutations {
    /** One generated input. */
    record Mutant(byte[] bytes, boolean mustFail, String description) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return description + (mustFail ? " [must fail]" : " [may stay valid]") + "\n" + Verdicts.abbreviate(text());
        }
    }

    /** A schema mistake: replace the first match of {@code find} (a regex) with {@code replace}. */
    record Semantic(String find, String replace, String description) {}

    private record Op(String description, boolean mustFail, UnaryOperator<List<String>> apply) {}

    private static final Pattern KEY_LINE = Pattern.compile("^(\\s*(?:- )?)([A-Za-z_][A-Za-z0-9_]*):(.*)$");

    /** Values of the wrong type, out of range, empty, or odd. */
    static final List<String> BAD_VALUES = List.of(
            "[a, b]",
            "[]",
            "{x: 1}",
            "{}",
            "-5",
            "0",
            "-0.0",
            "1e999",
            "NaN",
            ".nan",
            "-.inf",
            "99999999999999999999999",
            "0x1F",
            "1_000_000",
            "1.5",
            "notanumber",
            "\"\"",
            "''",
            "~",
            "null",
            "true",
            "yes",
            "\"{nope}\"",
            "[\"{undefined_placeholder}\", x]",
            "[\"\"]",
            "[[nested], [lists]]",
            "[{a: 1}]",
            "!!binary aGVsbG8=",
            "!custom tag",
            "!!int notanint",
            "&anchor value",
            "\"unicode \\u00e9\\u4e2d\\U0001F600\"",
            "\"line\\nbreak\\r\\nin value\"",
            "\"header\\r\\nInjected: yes\"",
            "'<script>alert(1)</script>'",
            "|\n  block\n  scalar",
            ">-\n  folded",
            "2024-01-01",
            "\"   \"");

    /** Lines that no YAML parser accepts outside a block scalar. */
    private static final List<String> FATAL_LINES = List.of(
            "broken: [unclosed, list",
            "broken: {unclosed: map",
            "\tbroken: tab indentation",
            "broken: *undefined_alias",
            "broken: value: other",
            "broken: @reserved",
            "broken: `backquote");

    /** Lines that are probably, but not surely, fatal. */
    private static final List<String> ODD_LINES = List.of(
            "broken: \"unterminated",
            "  - stray item",
            "]",
            "}",
            "? complex key",
            "%YAML 1.1",
            "---",
            "...",
            "<<: *merge",
            ": no key",
            "- - -");

    private Mutations() {}

    /** Variants of {@code base} (a valid file), with {@code semantics} as schema mistakes. */
    static Arbitrary<Mutant> of(String base, List<Semantic> semantics) {
        boolean blockScalars = base.lines().anyMatch(l -> l.matches(".*:\\s*[|>][-+]?\\s*$"));
        Arbitrary<Mutant> textual =
                op(blockScalars).list().ofMinSize(1).ofMaxSize(3).map(ops -> apply(base, ops));
        List<Tuple.Tuple2<Integer, Arbitrary<? extends Mutant>>> kinds = new ArrayList<>();
        kinds.add(Tuple.of(50, textual));
        kinds.add(Tuple.of(12, wholeFile(base)));
        kinds.add(Tuple.of(13, badBytes(base)));
        if (!semantics.isEmpty()) {
            kinds.add(Tuple.of(25, Arbitraries.of(semantics).map(s -> semantic(base, s))));
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        Tuple.Tuple2<Integer, Arbitrary<? extends Mutant>>[] array = kinds.toArray(new Tuple.Tuple2[0]);
        return Arbitraries.frequencyOf(array);
    }

    /** Applies a schema mistake; it must change the file, or the mistake list is out of date. */
    static Mutant semantic(String base, Semantic s) {
        Matcher m = Pattern.compile(s.find(), Pattern.MULTILINE).matcher(base);
        if (!m.find()) {
            throw new IllegalStateException("schema mistake '" + s.description() + "' does not match the base file");
        }
        String text = m.replaceFirst(Matcher.quoteReplacement(s.replace()));
        return new Mutant(text.getBytes(StandardCharsets.UTF_8), true, "schema: " + s.description());
    }

    private static Arbitrary<Op> op(boolean blockScalars) {
        Arbitrary<Integer> line = Arbitraries.integers().between(0, 1000);
        return Arbitraries.oneOf(
                line.map(i -> new Op("delete line " + i, false, l -> {
                    l.remove(i % l.size());
                    return l;
                })),
                line.map(i -> new Op("duplicate line " + i, false, l -> {
                    l.add(i % l.size(), l.get(i % l.size()));
                    return l;
                })),
                Combinators.combine(
                                line,
                                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8))
                        .as((i, word) -> new Op("rename a key at line " + i + " to zz" + word, false, l -> {
                            int k = keyLine(l, i);
                            if (k >= 0) {
                                Matcher m = KEY_LINE.matcher(l.get(k));
                                m.matches();
                                l.set(k, m.group(1) + "zz" + word + ":" + m.group(3));
                            }
                            return l;
                        })),
                Combinators.combine(line, Arbitraries.of(BAD_VALUES))
                        .as((i, value) -> new Op("set the value at line " + i + " to " + value, false, l -> {
                            setValue(l, i, value);
                            return l;
                        })),
                Combinators.combine(line, Arbitraries.of(FATAL_LINES))
                        .as((i, text) -> new Op("insert at line " + i + ": " + text, !blockScalars, l -> {
                            l.add(i % (l.size() + 1), text);
                            return l;
                        })),
                Combinators.combine(line, Arbitraries.of(ODD_LINES))
                        .as((i, text) -> new Op("insert at line " + i + ": " + text, false, l -> {
                            l.add(i % (l.size() + 1), text);
                            return l;
                        })),
                Combinators.combine(line, Arbitraries.of(-3, -2, -1, 1, 2, 4))
                        .as((i, d) -> new Op("indent line " + i + " by " + d, false, l -> {
                            int k = i % l.size();
                            String s = l.get(k);
                            l.set(k, d > 0 ? " ".repeat(d) + s : s.substring(Math.min(-d, leading(s))));
                            return l;
                        })),
                Combinators.combine(line, Arbitraries.of(2_000, 100_000, 700_000))
                        .as((i, n) -> new Op("a value of " + n + " characters at line " + i, false, l -> {
                            setValue(l, i, "\"" + "x".repeat(n) + "\"");
                            return l;
                        })),
                Combinators.combine(line, Arbitraries.of(40, 300, 3_000, 20_000))
                        .as((i, n) -> new Op("a value nested " + n + " deep at line " + i, false, l -> {
                            setValue(l, i, "[".repeat(n) + "]".repeat(n));
                            return l;
                        })),
                Combinators.combine(line, Arbitraries.of(40, 300, 3_000))
                        .as((i, n) -> new Op("a mapping nested " + n + " deep at line " + i, false, l -> {
                            setValue(l, i, "{a: ".repeat(n) + "1" + "}".repeat(n));
                            return l;
                        })),
                Arbitraries.doubles()
                        .between(0, 1)
                        .map(f -> new Op("truncate at " + f, false, l -> {
                            String all = String.join("\n", l);
                            return new ArrayList<>(Arrays.asList(
                                    all.substring(0, (int) (all.length() * f)).split("\n", -1)));
                        })));
    }

    private static Arbitrary<Mutant> wholeFile(String base) {
        String bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
                + "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                + "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
                + "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n";
        return Arbitraries.of(
                mutant("", true, "an empty file"),
                mutant("   \n\t\n\n", true, "only whitespace"),
                mutant("# only a comment\n", true, "only a comment"),
                mutant("---\n...\n", true, "an empty document"),
                mutant("~\n", true, "a null document"),
                mutant("- a\n- b\n", true, "a list at the top"),
                mutant("just some text\n", true, "a scalar at the top"),
                mutant("42\n", true, "a number at the top"),
                mutant("[1, 2, {a: b}]\n", true, "a flow list at the top"),
                mutant("[a]: b\n", true, "a list as a key"),
                mutant("{a: 1}: b\n", true, "a mapping as a key"),
                mutant(bomb + base, true, "an alias bomb before the file"),
                mutant(base + "\n" + base, true, "the file twice (every key twice)"),
                mutant(base + "\n---\n" + base, false, "two documents"),
                mutant("\uFEFF" + base, false, "a byte-order mark"),
                mutant(base.replace("\n", "\r\n"), false, "CRLF line ends"),
                mutant(base.replace("\n", "\r"), false, "CR line ends"),
                mutant(base + "\n#" + "x".repeat(1_100_000) + "\n", true, "a file larger than 1 MiB"),
                mutant("%YAML 1.1\n---\n" + base, false, "a YAML 1.1 directive"),
                mutant("%YAML 2.0\n---\n" + base, false, "a YAML 2.0 directive"),
                mutant("!!map\n" + base, false, "an explicit map tag"),
                mutant("--- !!set\n" + base, false, "a set tag"));
    }

    private static Arbitrary<Mutant> badBytes(String base) {
        List<byte[]> bad = List.of(
                new byte[] {(byte) 0xFF},
                new byte[] {(byte) 0xC3},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xC0, (byte) 0x80},
                new byte[] {(byte) 0xE9, 'a', 'b'},
                new byte[] {0},
                new byte[] {1},
                new byte[] {0x1B, '[', '3', '1', 'm'},
                new byte[] {0x7F},
                new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBE});
        byte[] text = base.getBytes(StandardCharsets.UTF_8);
        return Combinators.combine(Arbitraries.integers().between(0, text.length), Arbitraries.of(bad))
                .as((at, b) -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    out.write(text, 0, at);
                    out.writeBytes(b);
                    out.write(text, at, text.length - at);
                    return new Mutant(
                            out.toByteArray(),
                            // U+007F (DEL) is printable for YAML 1.2 parsers, so it may stay valid.
                            b[0] != 0x7F,
                            "bytes " + hex(b) + " at offset " + at);
                });
    }

    private static Mutant apply(String base, List<Op> ops) {
        List<String> lines = new ArrayList<>(Arrays.asList(base.split("\n", -1)));
        boolean mustFail = false;
        List<String> what = new ArrayList<>();
        for (Op op : ops) {
            if (lines.isEmpty()) {
                lines.add("");
            }
            lines = op.apply().apply(lines);
            mustFail |= op.mustFail();
            what.add(op.description());
        }
        // A later op may delete, truncate or overwrite the fatal line an earlier one inserted: the file
        // must fail only while such a line is still in it.
        mustFail &= lines.stream().anyMatch(l -> FATAL_LINES.contains(l) || FATAL_LINES.contains(l.strip()));
        return mutant(String.join("\n", lines), mustFail, String.join("; ", what));
    }

    private static Mutant mutant(String text, boolean mustFail, String description) {
        return new Mutant(text.getBytes(StandardCharsets.UTF_8), mustFail, description);
    }

    private static int keyLine(List<String> lines, int from) {
        for (int j = 0; j < lines.size(); j++) {
            int k = (from + j) % lines.size();
            if (KEY_LINE.matcher(lines.get(k)).matches()) {
                return k;
            }
        }
        return -1;
    }

    private static void setValue(List<String> lines, int from, String value) {
        int k = keyLine(lines, from);
        if (k >= 0) {
            Matcher m = KEY_LINE.matcher(lines.get(k));
            m.matches();
            lines.set(k, m.group(1) + m.group(2) + ": " + value);
        }
    }

    private static int leading(String s) {
        int n = 0;
        while (n < s.length() && s.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            s.append(String.format("%02X ", b));
        }
        return s.toString().strip();
    }
}
