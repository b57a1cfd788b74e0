package dev.bakeoff.advisor;

import dev.bakeoff.model.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;

/**
 * Writes a verdict as a MADR 4.0 Architecture Decision Record. An existing file is replaced, but
 * atomically (written next to it, then moved), so a reader never sees half a record.
 */
public final class AdrWriter {
    private AdrWriter() {}

    /** Writes the record to {@code file}; {@code command} is the command line that re-runs this advice. */
    public static void write(Verdict v, Path file, String command, LocalDate date) {
        String text = AdrText.render(v, command, date);
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path temp = null;
        try {
            if (dir != null) {
                Files.createDirectories(dir);
            }
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | SecurityException e) {
            throw new BadInputException(
                    "--adr " + file, "cannot write the record: " + e.getMessage(), "choose a writable path");
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The move succeeded or the write failed; either way a stray temp file is harmless.
                }
            }
        }
    }
}
