package dev.bakeoff.cli;

import dev.bakeoff.model.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: each subcommand is one slice of the flow in docs/DESIGN.md. */
@Command(
        name = "bakeoff",
        mixinStandardHelpOptions = true,
        versionProvider = ToolVersion.class,
        description = "Which backend stack fits this project? Measured on this machine.",
        footer = {
            "",
            "'bakeoff help COMMAND' or 'bakeoff COMMAND --help' explains one command.",
            "Exit codes: 0 done, 1 internal error (a bug), 2 bad input or usage, 3 failed (a stack, cell or gate)."
        },
        subcommands = {
            HelpCommand.class,
            DemoCommand.class,
            SetupCommand.class,
            StacksCommand.class,
            VerifyCommand.class,
            LoadCommand.class,
            RunCommand.class,
            StartCommand.class,
            HistoryCommand.class,
            ShowCommand.class,
            CompareCommand.class,
            AdviseCommand.class,
            ReportCommand.class,
            ServeCommand.class
        })
final class BakeoffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /**
     * No command given: the command list goes to stderr with exit 2, as for any other usage error (a
     * script that forgot its command must not pass), while {@code --help} prints it on stdout with exit 0.
     */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        spec.commandLine().getErr().flush();
        return ExitCodes.BAD_INPUT;
    }
}
