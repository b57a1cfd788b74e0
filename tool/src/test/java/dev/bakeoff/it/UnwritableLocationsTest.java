package dev.bakeoff.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bakeoff.cli.CliForTests;
import dev.bakeoff.cli.CliForTests.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, disk full or an unwritable results location: the results database and the ADR written
 * where they cannot be (a path through a regular file, a read-only file system, a full one). Each
 * must end in exit 2 with a message naming the place, and leave nothing half-written. Read-only and
 * full file systems are small tmpfs mounts; where mounting is not allowed (not root, no
 * CAP_SYS_ADMIN) those cases are skipped, not passed.
 */
@Tag("e2e")
class UnwritableLocationsTest {
    @TempDir
    Path root;

    private final List<Path> mounts = new ArrayList<>();

    @BeforeEach
    void workspace() throws Exception {
        System.setProperty("bakeoff.root", root.toString());
        System.setProperty(
                "bakeoff.stacks",
                Path.of(getClass().getResource("/stacks").toURI()).toString());
    }

    @AfterEach
    void cleanUp() throws Exception {
        System.clearProperty("bakeoff.root");
        System.clearProperty("bakeoff.stacks");
        for (Path mount : mounts) {
            if (!command("umount", mount.toString())) {
                command("umount", "-l", mount.toString());
                throw new AssertionError("could not unmount " + mount + ": a file on it is still open");
            }
        }
    }

    // ---- the results database ------------------------------------------------------------------

    @Test
    void resultsLocationThroughARegularFileIsRefusedBeforeAnyApp() throws IOException {
        Files.writeString(root.resolve(".bakeoff"), "not a folder");
        Outcome run = run();
        assertRefused(run, ".bakeoff", "is a file, not a folder");
        assertThat(Files.readString(root.resolve(".bakeoff"))).isEqualTo("not a folder");
    }

    @Test
    void resultsLocationOnAReadOnlyFileSystemIsRefused() throws Exception {
        Path state = mount(root.resolve(".bakeoff"), "ro,size=64k");
        Outcome run = run();
        assertRefused(run, state.toString(), "cannot store results here");
        assertThat(state.resolve("bakeoff.db")).doesNotExist();
    }

    @Test
    void resultsLocationOnAFullDiskIsRefusedAndLeavesNoBrokenDatabase() throws Exception {
        Path state = mount(root.resolve(".bakeoff"), "size=8k");
        Outcome run = run();
        assertRefused(run, state.toString(), "");
        assertThat(run.err()).contains("the disk is full");
        // Once there is space again, whatever the failed attempt left is a sound (empty) history.
        assertThat(command("mount", "-o", "remount,size=1m", state.toString())).isTrue();
        Path db = state.resolve("bakeoff.db");
        if (Files.exists(db) && Files.size(db) > 0) {
            assertThat(integrity(db)).isEqualTo("ok");
        }
        Outcome history = CliForTests.run("history");
        assertThat(history.exitCode()).as(history.err()).isZero();
    }

    @Test
    void aCorruptDatabaseIsBadInputNamingTheFile() throws IOException {
        Path db = Files.createDirectories(root.resolve(".bakeoff")).resolve("bakeoff.db");
        Files.write(db, "this is not a database, it is a text file".repeat(200).getBytes(StandardCharsets.UTF_8));
        Outcome history = CliForTests.run("history");
        assertRefused(history, db.toString(), "");
    }

    // ---- advise --adr ----------------------------------------------------------------------------

    @Test
    void anAdrThroughARegularFileIsRefused() throws IOException {
        Files.writeString(root.resolve("docs"), "a file, not a folder");
        Path adr = root.resolve("docs/adr/0001.md");
        assertRefused(advise(adr), "--adr", "cannot write the record");
        assertThat(Files.readString(root.resolve("docs"))).isEqualTo("a file, not a folder");
    }

    @Test
    void anAdrOntoADirectoryIsRefusedAndTheDirectoryKept() throws IOException {
        Path adr = Files.createDirectories(root.resolve("0001.md"));
        Files.writeString(adr.resolve("keep.txt"), "keep");
        assertRefused(advise(adr), "--adr", "cannot write the record");
        assertThat(adr.resolve("keep.txt")).hasContent("keep");
        assertNoTempFiles(root);
    }

    @Test
    void anAdrIntoAMissingFolderCreatesTheFolder() {
        Path adr = root.resolve("docs/adr/0001-backend.md");
        Outcome run = advise(adr);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(adr).content().startsWith("---").contains("# ");
    }

    @Test
    void anAdrOnAReadOnlyFileSystemIsRefusedAndNothingWritten() throws Exception {
        Path dir = mount(root.resolve("ro"), "ro,size=64k");
        assertRefused(advise(dir.resolve("0001.md")), "--adr", "cannot write the record");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void anAdrOnAFullDiskKeepsThePreviousRecordWholeAndLeavesNoTempFile() throws Exception {
        Path dir = mount(root.resolve("full"), "size=8k");
        Path adr = dir.resolve("0001.md");
        Files.writeString(adr, "the previous record\n");
        fill(dir);
        assertRefused(advise(adr, "--force"), "--adr", "cannot write the record");
        assertThat(adr).hasContent("the previous record");
        assertNoTempFiles(dir);
    }

    @Test
    void anAdrOnAFullDiskLeavesNoFileAtAll() throws Exception {
        Path dir = mount(root.resolve("full"), "size=8k");
        fill(dir);
        Path adr = dir.resolve("0001.md");
        assertRefused(advise(adr), "--adr", "cannot write the record");
        assertThat(adr).doesNotExist();
        assertNoTempFiles(dir);
    }

    // ---- helpers -----------------------------------------------------------------------------------

    /** A run that would start an app if the store opened; every case here must stop before that. */
    private static Outcome run() {
        return CliForTests.run("run", "--stacks", "stdlib-threaded", "--workloads", "startup");
    }

    private Outcome advise(Path adr, String... more) {
        Path profile = root.resolve("profile.yaml");
        try {
            Files.writeString(profile, BadInputCorpusTest.resource("full-profile.yaml"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<String> args = new ArrayList<>(List.of("advise", profile.toString(), "--adr", adr.toString()));
        args.addAll(List.of(more));
        return CliForTests.run(args.toArray(String[]::new));
    }

    private static void assertRefused(Outcome run, String names, String says) {
        String all = run.out() + run.err();
        assertThat(run.exitCode()).as(all).isEqualTo(2);
        assertThat(run.err()).contains(names).contains(says);
        assertThat(all).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error");
        assertThat(all)
                .as("no app may have been started")
                .doesNotContain("verify ")
                .doesNotContain("stdlib-threaded  ");
    }

    private static void assertNoTempFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    /** Mounts a tmpfs with {@code options} at {@code dir}, or skips the test where that is not allowed. */
    private Path mount(Path dir, String options) throws Exception {
        Files.createDirectories(dir);
        boolean ok = command("mount", "-t", "tmpfs", "-o", options, "tmpfs", dir.toString());
        assumeTrue(ok, "cannot mount a tmpfs here (needs root); skipping the read-only and disk-full cases");
        mounts.add(0, dir);
        return dir;
    }

    /** Fills the file system under {@code dir} until a write fails. */
    private static void fill(Path dir) throws IOException {
        try (var out = Files.newOutputStream(dir.resolve("filler"))) {
            byte[] block = new byte[512];
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException expected) {
            // No space left on device: the disk is full now.
        }
    }

    private static boolean command(String... argv) throws Exception {
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    private static String integrity(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            return rs.next() ? rs.getString(1) : "no answer";
        }
    }
}
