package dev.bakeoff.it;

import dev.bakeoff.cli.CliForTests;
import dev.bakeoff.cli.CliForTests.Outcome;
import dev.bakeoff.it.Mutations.Mutant;
import dev.bakeoff.it.Mutations.Semantic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Issue 7, bad input everywhere: generated malformed stack.yaml files, profiles and mix files, fed
 * to the real CLI in-process. Every one must end in exit 2 with a message naming {@code file:line}
 * and the field, never an uncaught exception or a stack trace. The command-line corpus is in {@link
 * BadArgumentsCorpusTest}. Each property prints "X corpus: N inputs, 0 uncaught".
 */
@Tag("e2e")
class BadInputCorpusTest {
    static final int TRIES = 300;
    static final Verdicts STACKS = new Verdicts("stack.yaml");
    static final Verdicts PROFILES = new Verdicts("profile");
    static final Verdicts MIXES = new Verdicts("mix file");

    static Path root;

    @BeforeContainer
    static void workspace() throws IOException {
        root = Files.createTempDirectory("bakeoff-corpus");
        Files.createDirectories(root.resolve("stacks/stdlib-threaded"));
    }

    @AfterTry
    void clearProperties() {
        System.clearProperty("bakeoff.root");
        System.clearProperty("bakeoff.stacks");
    }

    @AfterContainer
    static void summary() throws IOException {
        STACKS.report();
        PROFILES.report();
        MIXES.report();
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    // ---- stack.yaml -------------------------------------------------------------------------

    @Property(tries = TRIES)
    void brokenStackYamlIsExitTwoWithFileLineAndField(@ForAll("stackYamls") Mutant input) throws IOException {
        Path file = root.resolve("stacks/stdlib-threaded/stack.yaml");
        Files.write(file, input.bytes());
        System.setProperty("bakeoff.root", root.toString());
        System.setProperty("bakeoff.stacks", root.resolve("stacks").toString());
        Outcome run = CliForTests.run("stacks");
        STACKS.fileInput(run, "stacks/stdlib-threaded/stack.yaml", input.mustFail(), input.toString());
    }

    @Provide
    Arbitrary<Mutant> stackYamls() {
        return Mutations.of(resource("stack.yaml"), STACK_MISTAKES);
    }

    static final List<Semantic> STACK_MISTAKES = List.of(
            new Semantic("^name: stdlib-threaded", "name: another-name", "name differs from the folder"),
            new Semantic("^name: stdlib-threaded", "name: [stdlib-threaded]", "name is a list"),
            new Semantic("^language: Python", "language:", "language is empty (null)"),
            new Semantic("^summary: .*$", "summary: {a: b}", "summary is a mapping"),
            new Semantic("^websocket: false", "websocket: maybe", "websocket is not a boolean"),
            new Semantic("^websocket_note: .*$", "", "websocket false without a note"),
            new Semantic("^workloads: \\[plaintext", "workloads: [ws, plaintext", "ws without websocket"),
            new Semantic("^workloads: \\[plaintext", "workloads: [plain-text", "unknown workload"),
            new Semantic("^workloads: .*$", "workloads: plaintext", "workloads is not a list"),
            new Semantic("^workloads: .*$", "workloads: [[plaintext]]", "workloads is a list of lists"),
            new Semantic("  argv: \\[.*\\]", "  argv: []", "empty start argv"),
            new Semantic("  argv: \\[.*\\]", "  argv: [\"\"]", "blank program in start argv"),
            new Semantic("  argv: \\[.*\\]", "  argv: [\"{pyton}\", app.py]", "unknown placeholder in argv"),
            new Semantic("  argv: \\[.*\\]", "  argv: \"{python} app.py\"", "argv is text, not a list"),
            new Semantic("  check: \\[.*\\]", "  check: []", "empty setup check"),
            new Semantic("  check: \\[.*\\]", "  check: [{python}]", "argv item is a mapping"),
            new Semantic("^setup:\\n", "setup:\n  apt: python3\n", "apt is text, not a list"),
            new Semantic("^setup:\\n", "setup:\n  steps: [[], [ls]]\n", "an empty setup step"),
            new Semantic("^setup:\\n", "setup:\n  steps: [ls]\n", "setup steps are not lists"),
            new Semantic("^setup:\\n", "setup:\n  pip: [a, b]\n", "pip is a list"),
            new Semantic("^setup:\\n", "setup:\n  chek: [x]\n", "misspelt setup field"),
            new Semantic("  env:\\n", "  environment:\n", "misspelt start field"),
            new Semantic("SERIAL: \"0\"", "SERIAL: \"{nope}\"", "unknown placeholder in env"),
            new Semantic("SERIAL: \"0\"", "SERIAL: [0]", "env value is a list"),
            new Semantic("ready_timeout_seconds: 20", "ready_timeout_seconds: 0", "timeout below 1"),
            new Semantic("ready_timeout_seconds: 20", "ready_timeout_seconds: 601", "timeout above 600"),
            new Semantic("ready_timeout_seconds: 20", "ready_timeout_seconds: 20s", "timeout with a unit"),
            new Semantic("ready_timeout_seconds: 20", "ready_timeout_seconds: 1e3", "timeout in e-notation"),
            new Semantic("per_cpu: 1", "per_cpu: 65", "per_cpu above 64"),
            new Semantic("per_cpu: 1", "per_cpu: -1", "negative per_cpu"),
            new Semantic("per_cpu: 1", "per_cpu: .nan", "per_cpu NaN"),
            new Semantic("per_cpu: 1", "per_cpu: lots", "per_cpu not a number"),
            new Semantic("  min: 1", "  min: 0", "min workers 0"),
            new Semantic("  min: 1", "  min: 99999999999999999999", "min workers overflows a long"),
            new Semantic("  why: .*$", "  why: \"  \"", "blank worker rule"),
            new Semantic("  why: .*$", "", "missing worker rule"),
            new Semantic("^versions:", "versionz:", "misspelt top-level field"),
            new Semantic("  runtime: \\[.*\\]", "  runtime: []", "empty version probe"),
            new Semantic("\\z", "\nrequires:\n  commands: python3\n", "requires.commands is text"),
            new Semantic("\\z", "\nrequires:\n  command: [python3]\n", "misspelt requires field"),
            new Semantic("\\z", "\nrequires: [python3]\n", "requires is a list"),
            new Semantic("\\z", "\nstart: {argv: [x]}\n", "start twice"));

    // ---- profiles -----------------------------------------------------------------------------

    @Property(tries = TRIES)
    void brokenProfileIsExitTwoWithFileLineAndField(@ForAll("profiles") Mutant input) throws IOException {
        Path file = root.resolve("profile.yaml");
        Files.write(file, input.bytes());
        System.setProperty("bakeoff.root", root.toString());
        System.setProperty("bakeoff.stacks", root.resolve("stacks").toString());
        Outcome run = CliForTests.run("advise", file.toString(), "--json");
        PROFILES.fileInput(run, file.toString(), input.mustFail(), input.toString());
    }

    @Provide
    Arbitrary<Mutant> profiles() {
        return Mutations.of(resource("full-profile.yaml"), PROFILE_MISTAKES);
    }

    static final List<Semantic> PROFILE_MISTAKES = List.of(
            new Semantic("concurrent_connections: 50000", "concurrent_connections: 0", "no connections"),
            new Semantic("concurrent_connections: 50000", "concurrent_connections: 2000000000", "too many"),
            new Semantic("concurrent_connections: 50000", "concurrent_connections: many", "not a number"),
            new Semantic("concurrent_connections: 50000", "concurrent_connections: 5e4", "e-notation"),
            new Semantic("realtime: some", "realtime: maybe", "unknown realtime level"),
            new Semantic("realtime: some", "realtime: [core]", "realtime is a list"),
            new Semantic("cpu_heavy_share: 0.1", "cpu_heavy_share: 1.5", "share above 1"),
            new Semantic("cpu_heavy_share: 0.1", "cpu_heavy_share: -0.1", "negative share"),
            new Semantic("cpu_heavy_share: 0.1", "cpu_heavy_share: 10%", "share in percent"),
            new Semantic("ml: inference", "ml: deep-learning", "unknown ml value"),
            new Semantic("data_processing: some", "data_processing: lots", "unknown data_processing value"),
            new Semantic("skills: \\{.*\\}", "skills: {typescript: 6}", "skill above 5"),
            new Semantic("skills: \\{.*\\}", "skills: {typescript: -1}", "negative skill"),
            new Semantic("skills: \\{.*\\}", "skills: {cobol: 3}", "unknown language"),
            new Semantic("skills: \\{.*\\}", "skills: [typescript]", "skills is a list"),
            new Semantic("skills: \\{.*\\}", "skills: {typescript: expert}", "skill is a word"),
            new Semantic("frontend: typescript", "frontend: angular", "unknown frontend"),
            new Semantic("beginners: false", "beginners: sometimes", "beginners not a boolean"),
            new Semantic("beginners: false", "beginners: no", "beginners as YAML 1.1 'no'"),
            new Semantic("  performance: 3", "  performence: 3", "misspelt priority"),
            new Semantic("  performance: 3", "  performance: 9", "priority above 5"),
            new Semantic("  performance: 3", "  performance: high", "priority is a word"),
            new Semantic("must_run_in_process: \\[onnx\\]", "must_run_in_process: [pytorch2]", "unknown library"),
            new Semantic("must_run_in_process: \\[onnx\\]", "must_run_in_process: onnx", "library is text"),
            new Semantic("runtime_only: \\[.*\\]", "runtime_only: [dotnet]", "unknown runtime"),
            new Semantic("exclude: \\[.*\\]", "exclude: [nonexistent-stack]", "unknown exclusion"),
            new Semantic(
                    "(?s)must_run_in_process: \\[onnx\\]\\n  runtime_only: \\[.*?\\]",
                    "must_run_in_process: [pytorch]\n  runtime_only: [jvm]",
                    "contradiction: pytorch in process on the JVM only"),
            new Semantic("exclude: \\[.*\\]", "exclude: [node, python, jvm]", "contradiction: every runtime excluded"),
            new Semantic(
                    "(?s)runtime_only: \\[.*?\\]\\n  exclude: \\[.*?\\]",
                    "runtime_only: [jvm]\n  exclude: [jvm]",
                    "contradiction: the only runtime excluded"),
            new Semantic(
                    "(?s)runtime_only: \\[.*?\\]\\n  exclude: \\[.*?\\]",
                    "runtime_only: [python]\n  exclude: [python-django, python-fastapi]",
                    "contradiction: every python option excluded"),
            new Semantic("decision_makers: \\[.*\\]", "decision_makers: Ada", "decision_makers is text"),
            new Semantic("^name: .*$", "name: [a, b]", "name is a list"),
            new Semantic("(?s)^workload:.*?\\nteam:", "workload: heavy\nteam:", "workload is text"),
            new Semantic("^priorities:", "priorites:", "misspelt section"),
            new Semantic("\\z", "\nbudget: 100\n", "unknown top-level field"),
            new Semantic("\\z", "\nteam: {}\n", "team twice"));

    // ---- mix files ------------------------------------------------------------------------------

    /**
     * {@code --pipeline 0} makes the load itself invalid, and it is checked only after the mix was
     * read: a valid mix ends in the --pipeline error, so no generated case ever sends a request.
     */
    @Property(tries = TRIES)
    void brokenMixFileIsExitTwoWithFileLineAndField(@ForAll("mixes") Mutant input) throws IOException {
        Path file = root.resolve("mix.yaml");
        Files.write(file, input.bytes());
        System.setProperty("bakeoff.root", root.toString());
        System.setProperty("bakeoff.stacks", root.resolve("stacks").toString());
        Outcome run = CliForTests.run(
                "load",
                "--mix",
                file.toString(),
                "--rate",
                "10",
                "--duration",
                "1s",
                "--warmup",
                "0s",
                "--pipeline",
                "0",
                "http://127.0.0.1:1/");
        boolean mixAccepted = run.exitCode() == 2 && run.err().contains("--pipeline");
        MIXES.fileInput(
                mixAccepted ? new Outcome(0, run.out(), "") : run, file.toString(), input.mustFail(), input.toString());
    }

    @Provide
    Arbitrary<Mutant> mixes() {
        return Mutations.of(resource("mix.yaml"), MIX_MISTAKES);
    }

    static final List<Semantic> MIX_MISTAKES = List.of(
            new Semantic("(?s)\\A.*\\z", "requests: []\n", "no request classes"),
            new Semantic("(?s)\\A.*\\z", "requests:\n", "requests is empty (null)"),
            new Semantic("(?s)\\A.*\\z", "requests: {name: a, path: /}\n", "requests is a mapping"),
            new Semantic("^requests:", "request:", "misspelt top-level field"),
            new Semantic("name: cpu", "name: plaintext", "duplicate class name"),
            new Semantic("name: cpu", "name: [cpu]", "name is a list"),
            new Semantic("path: /plaintext", "path: plaintext", "path without a slash"),
            new Semantic("path: /plaintext", "path: \"/plain text\"", "path with a space"),
            new Semantic("path: /plaintext", "path: \"/x\\r\\nX-Injected: 1\"", "path with CRLF"),
            new Semantic("path: /plaintext", "path: \"\"", "empty path"),
            new Semantic("path: /plaintext", "path:", "path is null"),
            new Semantic("method: POST", "method: post", "lower-case method"),
            new Semantic("method: POST", "method: \"GET /x HTTP/1.1\"", "method with spaces"),
            new Semantic("method: POST", "method: 1", "method is a number"),
            new Semantic("weight: 9", "weight: 0", "weight 0"),
            new Semantic("weight: 9", "weight: 10001", "weight above 10000"),
            new Semantic("weight: 9", "weight: 2.5", "fractional weight"),
            new Semantic("weight: 9", "weight: -1", "negative weight"),
            new Semantic("headers: \\{.*\\}", "headers: {\"Bad Header\": x}", "header name with a space"),
            new Semantic("headers: \\{.*\\}", "headers: {\"X:Y\": x}", "header name with a colon"),
            new Semantic("headers: \\{.*\\}", "headers: {\"\": x}", "empty header name"),
            new Semantic("headers: \\{.*\\}", "headers: {Accept: \"a\\r\\nX-Injected: 1\"}", "CRLF in a header"),
            new Semantic("headers: \\{.*\\}", "headers: {Accept: \"a\\u0000b\"}", "NUL in a header"),
            new Semantic("headers: \\{.*\\}", "headers: [Accept]", "headers is a list"),
            new Semantic("headers: \\{.*\\}", "headers: {Accept: [a, b]}", "header value is a list"),
            new Semantic("body: \"\\{\\}\"", "body: [1]", "body is a list"),
            new Semantic("body: \"\\{\\}\"", "bodi: x", "misspelt field"),
            new Semantic("  - name: plaintext", "  - plaintext\n  - name: plaintext", "a class that is text"),
            new Semantic("  - name: plaintext", "  - []\n  - name: plaintext", "a class that is a list"));

    static String resource(String name) {
        try (InputStream in = BadInputCorpusTest.class.getResourceAsStream("/it/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
