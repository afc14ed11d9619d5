package kneadwise.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the {@code ./kneadwise} script of this checkout, as a newcomer would. */
public final class Launcher {

    /** The checkout's root: Maven runs tests there. */
    public static final Path ROOT = Path.of(System.getProperty("user.dir")).toAbsolutePath();

    private static final Pattern READY = Pattern.compile("Kneadwise is ready at http://localhost:(\\d+)");

    private Launcher() {}

    /** A finished run: exit code and everything it printed. */
    public record Result(int exitCode, String stdout, String stderr) {}

    /** Runs to completion (at most two minutes). Environment entries with an empty value are removed. */
    public static Result run(Map<String, String> environment, String... args) throws Exception {
        Path out = Files.createTempFile("kneadwise-out", ".txt");
        Path err = Files.createTempFile("kneadwise-err", ".txt");
        Process process = builder(environment, args)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("./kneadwise " + String.join(" ", args) + " did not finish in two minutes");
        }
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** A server started in the background; its output goes to {@code log}. */
    public static Process start(Map<String, String> environment, Path log, String... args) throws IOException {
        return builder(environment, args)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    /** Waits for the "ready" line of a server started with {@link #start}; its port, or empty if it ended first. */
    public static Optional<Integer> awaitReady(Process server, Path log, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Matcher ready = READY.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (ready.find()) {
                return Optional.of(Integer.parseInt(ready.group(1)));
            }
            if (!server.isAlive()) {
                return Optional.empty();
            }
            Thread.sleep(100);
        }
        return Optional.empty();
    }

    private static ProcessBuilder builder(Map<String, String> environment, String... args) {
        List<String> command =
                new ArrayList<>(List.of("bash", ROOT.resolve("kneadwise").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        // Several servers run at once in the tests: each takes a free management port unless the test names one.
        builder.environment().put("KNEADWISE_MANAGEMENT_PORT", "0");
        environment.forEach((name, value) -> {
            if (value.isEmpty()) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        return builder;
    }
}
