package dev.bakeoff.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the load generator lands (issue 3). */
@Command(name = "load", description = "Standalone load generator (arrives with the load generator).")
final class LoadCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("bakeoff load is not built yet");
    }
}
