package dev.bakeoff.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Entry point: builds the command line and hands every error to {@link ErrorBoundary}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        return run(commandLine(), args);
    }

    /**
     * Runs one command line with its output captured: the web UI calls the same commands as the terminal
     * (with --json) so that it has no logic of its own. Thread-safe: each call has its own command line.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return run(cli, args);
    }

    /**
     * The whole command tree: every subcommand gets --help and --version (so that each error's "see
     * 'bakeoff X --help'" works), and the command list shows each command's first whole sentence.
     */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new BakeoffCommand());
        for (CommandLine sub : cli.getSubcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            if (!spec.mixinStandardHelpOptions() && !spec.helpCommand()) {
                spec.mixinStandardHelpOptions(true);
            }
            spec.usageMessage().description(paragraphs(spec.usageMessage().description()));
        }
        cli.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, Main::commandList);
        return cli;
    }

    private static String commandList(CommandLine.Help help) {
        Map<String, String> rows = new LinkedHashMap<>();
        help.subcommands().forEach((name, sub) -> rows.put(name, firstSentence(sub.commandSpec())));
        return help.createTextTable(rows).toString();
    }

    /**
     * The header, or else the description up to its first full stop: picocli would cut the description
     * at its first source line instead, mid-sentence.
     */
    static String firstSentence(CommandSpec spec) {
        String[] header = spec.usageMessage().header();
        if (header.length > 0) {
            return header[0];
        }
        String text = String.join(" ", Arrays.asList(spec.usageMessage().description()));
        String[] sentences = text.split("(?<=[.!?])\\s+(?=[A-Z'\"])", 2);
        return sentences[0].strip();
    }

    /**
     * Joins source lines that break mid-sentence, so that picocli wraps whole sentences to the terminal
     * instead of keeping the line breaks of the Java source.
     */
    static String[] paragraphs(String[] lines) {
        List<String> joined = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            current.append(current.isEmpty() ? "" : " ").append(line.strip());
            if (line.strip().endsWith(".")) {
                joined.add(current.toString());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            joined.add(current.toString());
        }
        return joined.toArray(String[]::new);
    }

    private static int run(CommandLine cli, String... args) {
        ErrorBoundary boundary = new ErrorBoundary();
        // picocli would read "@FILE" arguments as more arguments: the web UI and scripts hand values on
        // from others, and an "@/etc/passwd" came back in an error message. Bakeoff never documented it.
        cli.setExpandAtFiles(false);
        cli.setExecutionExceptionHandler(boundary);
        cli.setParameterExceptionHandler(boundary);
        return cli.execute(args);
    }
}
