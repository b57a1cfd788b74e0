package dev.bakeoff.lab;

import dev.bakeoff.model.SetupResult;
import dev.bakeoff.model.SetupResult.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The ml workload's model: trained once by {@code bakeoff setup} with {@code stacks/ml/train.py} in its own
 * venv ({@code <home>/ml/venv}), into {@code <home>/ml}. Retrained only when train.py or its requirements
 * change (their hash is stamped beside the model), so every stack scores the same model run after run.
 */
public final class MlModel {
    static final String ONNX = "model.onnx";
    static final String NATIVE = "model.joblib";
    static final String REFERENCE = "reference.json";
    private static final String STAMP = "train.sha256";
    private static final Duration TIMEOUT = Duration.ofMinutes(20);

    private final Path home;
    private final Path source;

    /** @param bakeoffHome the Bakeoff home; @param stacksDir the folder holding {@code ml/train.py} */
    public MlModel(Path bakeoffHome, Path stacksDir) {
        this.home = bakeoffHome.resolve("ml");
        this.source = stacksDir.resolve("ml");
    }

    /** The model files' folder in the Bakeoff home. */
    public static Path dir(Path bakeoffHome) {
        return bakeoffHome.resolve("ml");
    }

    /** Where {@code bakeoff setup} puts the reference predictions that verify compares with. */
    public static Path reference(Path bakeoffHome) {
        return dir(bakeoffHome).resolve(REFERENCE);
    }

    /**
     * The variables an app gets for the model (see CONTRACT.md): none when the model is not trained, so that
     * {@code /ml/predict} answers 503 there.
     */
    static Map<String, String> env(Path bakeoffHome) {
        Path dir = dir(bakeoffHome);
        if (!Files.isRegularFile(dir.resolve(ONNX)) || !Files.isRegularFile(dir.resolve(REFERENCE))) {
            return Map.of();
        }
        return Map.of(
                "ML_MODEL_ONNX", dir.resolve(ONNX).toString(),
                "ML_MODEL_NATIVE", dir.resolve(NATIVE).toString(),
                "ML_REFERENCE", dir.resolve(REFERENCE).toString());
    }

    /** Whether the model in the home was trained by train.py and requirements.txt as they are now. */
    public boolean current() {
        try {
            return Files.isRegularFile(home.resolve(ONNX))
                    && Files.isRegularFile(home.resolve(NATIVE))
                    && Files.isRegularFile(home.resolve(REFERENCE))
                    && Files.readString(home.resolve(STAMP)).strip().equals(sourceHash());
        } catch (IOException e) {
            return false;
        }
    }

    /** Trains the model unless it is current; never throws. */
    public SetupResult ensure(Consumer<String> say) {
        if (current()) {
            return new SetupResult("ml model", Status.READY, "already trained; " + home, List.of());
        }
        Optional<String> failed = venv(say).or(() -> train(say));
        if (failed.isPresent()) {
            return new SetupResult("ml model", Status.FAILED, failed.get(), List.of());
        }
        return new SetupResult("ml model", Status.INSTALLED, "trained into " + home, List.of());
    }

    private Path venvPython() {
        return home.resolve("venv").resolve("bin").resolve("python");
    }

    private Optional<String> venv(Consumer<String> say) {
        List<String> create = List.of(
                ManagedInstall.basePython(),
                "-m",
                "venv",
                "--clear",
                home.resolve("venv").toString());
        say.accept("ml: " + String.join(" ", create));
        Commands.Outcome made = Commands.run(create, source, Map.of(), TIMEOUT, false);
        if (!made.ok()) {
            return Optional.of(String.join(" ", create) + " failed:\n" + made.tail(10)
                    + "\nfix: install Python's venv module (Debian: apt-get install python3-venv) or set"
                    + " BAKEOFF_PYTHON to a Python 3.11+ that has it");
        }
        List<String> install = List.of(
                venvPython().toString(),
                "-m",
                "pip",
                "install",
                "--disable-pip-version-check",
                "--no-input",
                "--retries",
                "1",
                "-r",
                source.resolve("requirements.txt").toString());
        say.accept("ml: " + String.join(" ", install));
        Commands.Outcome pip = Commands.run(install, source, Map.of(), TIMEOUT, false);
        return pip.ok() ? Optional.empty() : Optional.of("pip install failed:\n" + pip.tail(15));
    }

    private Optional<String> train(Consumer<String> say) {
        List<String> argv =
                List.of(venvPython().toString(), source.resolve("train.py").toString(), home.toString());
        say.accept("ml: " + String.join(" ", argv));
        Commands.Outcome out = Commands.run(argv, source, Map.of(), TIMEOUT, false);
        if (!out.ok()) {
            return Optional.of("training failed:\n" + out.tail(15));
        }
        say.accept("ml: " + out.tail(1));
        try {
            Files.writeString(home.resolve(STAMP), sourceHash() + "\n");
        } catch (IOException e) {
            return Optional.of("cannot write " + home.resolve(STAMP) + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    private String sourceHash() throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(Files.readAllBytes(source.resolve("train.py")));
            sha.update(Files.readAllBytes(source.resolve("requirements.txt")));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
