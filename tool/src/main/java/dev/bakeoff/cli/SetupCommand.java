package dev.bakeoff.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "setup")
final class SetupCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
