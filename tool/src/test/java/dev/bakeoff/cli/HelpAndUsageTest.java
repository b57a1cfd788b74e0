package dev.bakeoff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** First contact: help for every command, the command list, suggestions for typos, the version. */
class HelpAndUsageTest {
    static Stream<String> commands() {
        List<String> names = Main.commandLine().getSubcommands().keySet().stream()
                .filter(name -> !name.equals("help"))
                .toList();
        assertThat(names).contains("run", "start", "load", "compare", "serve");
        return names.stream();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandHasHelpWithExitZeroNamingTheCommand(String command) {
        CliRun run = CliRun.of(command, "--help");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Usage: bakeoff " + command);
        assertThat(run.err()).as("no picocli warning (e.g. an unescaped %)").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void helpCommandExplainsEveryCommand(String command) {
        CliRun run = CliRun.of("help", command);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Usage: bakeoff " + command);
    }

    @Test
    void theCommandListShowsWholeSentences() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exitCode()).isZero();
        String list = run.out().substring(run.out().indexOf("Commands:")).replaceAll("\\s+", " ");
        // picocli's own list stopped at the first source line: "... run the quick preset,".
        assertThat(list)
                .contains("run the quick preset, check the articles' claims, advise every example"
                        + " profile from that run, and write the HTML report.");
        for (String line : list.split("(?= [a-z]+ {2,})")) {
            assertThat(line.strip()).as("a list entry ends a sentence").endsWith(".");
        }
    }

    @Test
    void noCommandPrintsTheCommandListOnStderrWithExitTwo() {
        CliRun run = CliRun.of();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Commands:").contains("compare").contains("serve");
    }

    @Test
    void aMistypedCommandOrOptionGetsASuggestion() {
        CliRun command = CliRun.of("histroy");
        assertThat(command.exitCode()).isEqualTo(2);
        assertThat(command.err()).contains("did you mean: history");
        CliRun option = CliRun.of("run", "--stack", "x");
        assertThat(option.exitCode()).isEqualTo(2);
        assertThat(option.err()).contains("did you mean: --stacks?").contains("see 'bakeoff run --help'");
    }

    @Test
    void theErrorsHelpHintIsAWorkingCommand() {
        CliRun bad = CliRun.of("start");
        assertThat(bad.exitCode()).isEqualTo(2);
        String hint = bad.err().replaceAll("(?s).*see '([^']+)'.*", "$1");
        assertThat(hint).isEqualTo("bakeoff start --help");
        CliRun help = CliRun.of(hint.substring("bakeoff ".length()).split(" "));
        assertThat(help.exitCode()).isZero();
    }

    @Test
    void theVersionNamesTheCommitItWasBuiltFrom() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .matches("(?s)bakeoff \\S+ \\(commit \\S+, Java .*")
                .doesNotContain("${");
        boolean builtFromGit =
                Files.exists(Path.of(System.getProperty("user.dir")).resolve("../.git"));
        if (builtFromGit) {
            assertThat(run.out()).doesNotContain("commit unknown");
        }
    }

    @Test
    void aPortOutsideTheRangeIsBadInputNamingTheOptionValueAndRange() {
        CliRun run = CliRun.of("serve", "--port", "99999");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--port").contains("99999").contains("1..65535");
        assertThat(run.err()).doesNotContain("internal error").doesNotContain("Exception");
    }
}
