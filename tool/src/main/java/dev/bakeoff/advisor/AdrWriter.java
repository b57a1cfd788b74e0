package dev.bakeoff.advisor;

import dev.bakeoff.model.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * Writes a verdict as a MADR 4.0 Architecture Decision Record: written next to the target, then moved
 * into place, so a reader never sees half a record. The file gets the mode any tool's new file gets
 * (0666 less the umask, usually 0644), not a temporary file's 0600.
 */
public final class AdrWriter {
    private static final SecureRandom RANDOM = new SecureRandom();

    private AdrWriter() {}

    /** What to do when the file exists. */
    public enum Existing {
        /** A file the tool owns (a report's adr.md): written again. */
        REPLACE,
        /** A file the user named (advise --adr): left alone unless they said --force. */
        KEEP
    }

    /** Writes the record to {@code file}, replacing it; {@code command} is the command line that re-runs this advice. */
    public static void write(Verdict v, Path file, String command, LocalDate date) {
        write(v, file, command, date, Existing.REPLACE);
    }

    /** Writes the record to {@code file}; with {@link Existing#KEEP} an existing file is bad input (exit 2). */
    public static void write(Verdict v, Path file, String command, LocalDate date, Existing existing) {
        String text = AdrText.render(v, command, date);
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        if (existing == Existing.KEEP && Files.exists(target)) {
            throw exists(file, target);
        }
        Path temp = null;
        try {
            if (dir != null) {
                Files.createDirectories(dir);
            }
            // Not createTempFile: its 0600 would stay on the record. CREATE_NEW applies the umask.
            temp = target.resolveSibling(
                    "." + target.getFileName() + "." + HexFormat.of().formatHex(bytes()) + ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            if (existing == Existing.KEEP) {
                Files.move(temp, target); // fails if the file appeared meanwhile
            } else {
                try {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (FileAlreadyExistsException e) {
            throw exists(file, target);
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

    /** Fails now, before any measuring, when {@code file} exists and is to be kept. */
    public static void checkNew(Path file) {
        if (Files.exists(file.toAbsolutePath())) {
            throw exists(file, file.toAbsolutePath());
        }
    }

    private static BadInputException exists(Path file, Path target) {
        if (Files.isDirectory(target)) {
            return new BadInputException(
                    "--adr " + file, "cannot write the record: " + target + " is a directory", "name a file");
        }
        return new BadInputException(
                "--adr " + file,
                "the file exists (" + target + ") and is not replaced",
                "add --force to replace it, or name a new file");
    }

    private static byte[] bytes() {
        byte[] b = new byte[6];
        RANDOM.nextBytes(b);
        return b;
    }
}
