package dev.bakeoff.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether progress may use cursor codes: only when stderr is a terminal (not a CI log, file or pipe). */
final class Terminal {
    private Terminal() {}

    /**
     * Linux names a terminal /dev/pts/N or /dev/ttyN; Java has no isatty for stderr (System.console()
     * looks at stdin and stdout). TERM=dumb (Emacs shells, some CI runners) counts as no terminal.
     */
    static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
