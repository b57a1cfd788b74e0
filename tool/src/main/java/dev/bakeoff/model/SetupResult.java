package dev.bakeoff.model;

import java.util.List;

/**
 * What {@code bakeoff setup} did for one stack.
 *
 * @param detail         what was done, or why it failed (with the tail of the failing command's output)
 * @param manualCommands commands the user has to run (e.g. apt-get when not root), in order
 */
public record SetupResult(String stack, Status status, String detail, List<String> manualCommands) {
    public enum Status {
        /** Already set up; nothing was done. */
        READY,
        /** Set up now. */
        INSTALLED,
        /** Bakeoff cannot set it up itself; {@code manualCommands} says what to run. */
        MANUAL,
        /** Setting up was tried and failed; {@code detail} says why. */
        FAILED;

        public boolean usable() {
            return this == READY || this == INSTALLED;
        }
    }
}
