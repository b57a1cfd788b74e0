package dev.bakeoff.cli;

import picocli.CommandLine.Command;

/** The root command: each subcommand is one slice of the flow in DESIGN.md. */
@Command(
        name = "bakeoff",
        mixinStandardHelpOptions = true,
        versionProvider = ToolVersion.class,
        description = "Which backend stack fits this project? Measured on this machine.",
        subcommands = {
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
            AdviseCommand.class
        })
final class BakeoffCommand {}
