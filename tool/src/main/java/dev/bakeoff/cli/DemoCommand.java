package dev.bakeoff.cli;

import dev.bakeoff.model.ExitCodes;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The main job, as a chain of the other commands so that it does nothing they don't: set up every
 * stack it can, verify them all. Stacks that cannot be set up are reported and skipped.
 */
@Command(name = "demo", description = "The main job: set up what is missing and verify every available stack.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        CommandLine root = spec.root().commandLine();
        err.println("== 1/2 setup: install or build what is missing");
        err.flush();
        int setup = step(root, "setup");
        err.println("== 2/2 verify: every ready stack against stacks/CONTRACT.md");
        err.flush();
        int verify = step(root, "verify");
        if (setup != ExitCodes.OK) {
            err.println("some stacks could not be set up; they were reported above and left out");
        }
        return Math.max(setup, verify);
    }

    private static int step(CommandLine root, String name) {
        CommandLine sub = root.getSubcommands().get(name);
        return sub.execute();
    }
}
