package dev.bakeoff.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "stacks")
final class StacksCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
