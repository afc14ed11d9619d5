package kneadwise.system.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
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
import kneadwise.testing.DebianPostgres;
import kneadwise.testing.Launcher;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./kneadwise image}: the OCI tarball Jib builds, read as a container runtime reads it. Its configuration runs
 * the service as a non-root user on 8080 and 8081; its files hold a Java runtime that starts the application (run with
 * chroot when the test runs as root); and where Debian's podman can run containers here, the image itself serves
 * {@code /healthz} against the test PostgreSQL. Each part that this machine cannot do is skipped with the reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImageIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path TARBALL = Launcher.ROOT.resolve("target/kneadwise-image.tar");

    @TempDir
    Path work;

    JsonNode manifest;
    JsonNode config;
    Path layout;

    @BeforeAll
    void buildTheImage() throws Exception {
        Launcher.Result built = Launcher.run(Map.of(), "image");
        assertThat(built.exitCode()).as(built.stderr()).isZero();
        assertThat(built.stderr()).contains("built " + TARBALL);
        layout = Files.createTempDirectory("kneadwise-oci");
        run(List.of("tar", "xf", TARBALL.toString(), "-C", layout.toString()), Duration.ofMinutes(1));
        JsonNode index = JSON.readTree(layout.resolve("index.json").toFile());
        manifest =
                JSON.readTree(blob(index.at("/manifests/0/digest").asString()).toFile());
        assertThat(manifest.path("mediaType").asString()).isEqualTo("application/vnd.oci.image.manifest.v1+json");
        config = JSON.readTree(blob(manifest.at("/config/digest").asString()).toFile());
    }

    @Test
    void runsAsANonRootUserWithTheServiceAndManagementPorts() {
        JsonNode container = config.path("config");
        assertThat(container.path("User").asString()).isEqualTo("10001:10001");
        assertThat(container.path("ExposedPorts").propertyNames()).containsExactlyInAnyOrder("8080/tcp", "8081/tcp");
        assertThat(container.path("Cmd").get(0).asString()).isEqualTo("serve");
        assertThat(container.path("Entrypoint").get(0).asString()).isEqualTo("java");
        assertThat(container.path("Env").valueStream().map(JsonNode::asString))
                .contains("PATH=/opt/java/bin", "KNEADWISE_HOST=0.0.0.0", "KNEADWISE_MANAGEMENT_ADDRESS=0.0.0.0");
        assertThat(container.at("/Labels/app.kneadwise.healthcheck").asString()).isEqualTo(HEALTH_CHECK);
    }

    @Test
    void itsFilesHoldARuntimeThatStartsTheApplication() throws Exception {
        assumeTrue(isRoot(), "chroot needs root; this test runs as another user");
        Path root = work.resolve("root");
        Files.createDirectories(root);
        for (JsonNode layer : manifest.path("layers")) {
            run(
                    List.of("tar", "xzf", blob(layer.path("digest").asString()).toString(), "-C", root.toString()),
                    Duration.ofMinutes(1));
        }
        assertThat(root.resolve("opt/java/bin/java")).isExecutable();
        assertThat(root.resolve("lib64/ld-linux-x86-64.so.2")).exists();
        assertThat(Files.readString(root.resolve("etc/passwd"))).contains("kneadwise:x:10001:10001");
        Files.createDirectories(root.resolve("proc"));
        // The runtime finds its own libraries through /proc, as it does in every container.
        Result mounted =
                run(List.of("mount", "-t", "proc", "proc", root.resolve("proc").toString()), Duration.ofSeconds(20));
        assumeTrue(mounted.code() == 0, "cannot mount /proc for chroot here: " + mounted.output());
        try {
            Result version = inImage(root, "--version");
            assertThat(version.code()).as(version.output()).isZero();
            assertThat(version.output()).startsWith("Kneadwise ").contains("(commit ");
            Result nobodyThere = inImage(root, "healthcheck", "--port", String.valueOf(freePort()));
            assertThat(nobodyThere.code())
                    .as("the health check fails when nothing answers")
                    .isEqualTo(1);
            assertThat(nobodyThere.output()).contains("did not answer");
        } finally {
            run(List.of("umount", root.resolve("proc").toString()), Duration.ofSeconds(20));
        }
    }

    @Test
    void theImageServesHealthzUnderPodman() throws Exception {
        List<String> reasons = new ArrayList<>();
        Optional<Podman> podman = podmanThatRunsContainers(reasons);
        assumeTrue(podman.isPresent(), "podman cannot start containers here: " + String.join("; ", reasons));
        Optional<Path> binaries = DebianPostgres.installedBinaries();
        assumeTrue(binaries.isPresent(), "Debian's PostgreSQL is not installed (apt-get install postgresql)");
        Result loaded = run(podman.get().command("load", "-q", "-i", TARBALL.toString()), Duration.ofMinutes(2));
        assertThat(loaded.code()).as(loaded.output()).isZero();
        String image =
                loaded.output().replaceAll("(?s).*Loaded image[^:]*: *", "").strip();
        // Removed by its id at the end, so that no untagged copy is left behind run after run.
        String imageId = run(
                        podman.get().command("image", "inspect", "--format", "{{.Id}}", image), Duration.ofMinutes(1))
                .output()
                .strip();
        int port = freePort();
        int management = freePort();
        // A directory of its own under /tmp, which start() gives to the postgres user, as the other tests' are.
        Path postgres = Files.createTempDirectory("kneadwise-image-postgres");
        try (DebianPostgres database = DebianPostgres.start(binaries.get(), postgres)) {
            List<String> arguments = new ArrayList<>(List.of("run", "-d", "--rm", "--network", "host"));
            arguments.addAll(podman.get().runOptions());
            arguments.addAll(List.of(
                    "-e",
                    "PORT=" + port,
                    "-e",
                    "KNEADWISE_MANAGEMENT_PORT=" + management,
                    "-e",
                    "KNEADWISE_DB_URL=" + database.jdbcUrl(),
                    "-e",
                    "KNEADWISE_DB_USER=" + DebianPostgres.USER,
                    "-e",
                    "KNEADWISE_DB_PASSWORD=" + DebianPostgres.PASSWORD,
                    // the exec form: the image has no shell for a command line
                    "--health-cmd",
                    HEALTH_CHECK,
                    image));
            Result started = run(podman.get().command(arguments.toArray(String[]::new)), Duration.ofMinutes(1));
            assertThat(started.code()).as(started.output()).isZero();
            // Its id is the last line; without systemd, podman also says it cannot time the health checks itself.
            String container = started.output()
                    .lines()
                    .filter(line -> line.matches("[0-9a-f]{64}"))
                    .reduce((first, last) -> last)
                    .orElseThrow(() -> new AssertionError("no container id in: " + started.output()));
            try {
                ServiceClient service = new ServiceClient(port);
                Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
                HttpResponse<String> health = null;
                while (Instant.now().isBefore(deadline)) {
                    try {
                        health = service.get("/healthz");
                        if (health.statusCode() == 200) {
                            break;
                        }
                    } catch (RuntimeException notYet) {
                        // still starting
                    }
                    Thread.sleep(500);
                }
                assertThat(health)
                        .as("an answer from /healthz within two minutes")
                        .isNotNull();
                assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
                assertThat(new ServiceClient(management)
                                .get("/actuator/health/liveness")
                                .statusCode())
                        .isEqualTo(200);
                Result check = run(podman.get().command("healthcheck", "run", container), Duration.ofMinutes(1));
                assertThat(check.code()).as(check.output()).isZero();
                assertThat(check.output()).doesNotContain("unhealthy");
                Result user = run(
                        podman.get().command("exec", container, "java", "-XshowSettings:properties", "-version"),
                        Duration.ofMinutes(1));
                assertThat(user.output()).contains("user.name = kneadwise");
            } finally {
                run(podman.get().command("rm", "-f", container), Duration.ofMinutes(1));
            }
        } finally {
            run(podman.get().command("rmi", "-f", imageId), Duration.ofMinutes(1));
        }
    }

    /** The image's health check, in the exec form a runtime takes: the image holds no shell. */
    static final String HEALTH_CHECK =
            "[\"java\",\"-cp\",\"@/app/jib-classpath-file\",\"kneadwise.Kneadwise\",\"healthcheck\"]";

    /** Runs the application in the image's files, as the image's user, the way its entry point does. */
    private static Result inImage(Path root, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                "chroot",
                "--userspec=10001:10001",
                root.toString(),
                "/opt/java/bin/java",
                "-cp",
                "@/app/jib-classpath-file",
                "kneadwise.Kneadwise"));
        command.addAll(List.of(args));
        return run(command, Duration.ofMinutes(1));
    }

    /** How podman is called here: its global options, and the options of each run. */
    record Podman(List<String> global, List<String> runOptions) {

        List<String> command(String... arguments) {
            List<String> command = new ArrayList<>(List.of("podman"));
            command.addAll(global);
            command.addAll(List.of(arguments));
            return command;
        }
    }

    /**
     * A way podman starts a container on this machine, tried on the smallest container there is (this machine's own
     * /bin/true with its libraries as a root filesystem): its defaults first; then Debian's runc with open-file and
     * process limits no higher than this process's, for machines (such as these sandboxes) that refuse crun the
     * limits it raises and run cgroups in hybrid mode. Each refusal is added to {@code reasons}.
     */
    private Optional<Podman> podmanThatRunsContainers(List<String> reasons) throws Exception {
        try {
            Result version = run(List.of("podman", "--version"), Duration.ofSeconds(30));
            if (version.code() != 0) {
                reasons.add("podman does not run: " + version.output().strip());
                return Optional.empty();
            }
        } catch (IOException notInstalled) {
            reasons.add("podman is not installed (apt-get install podman)");
            return Optional.empty();
        }
        Path rootfs = work.resolve("probe");
        Files.createDirectories(rootfs.resolve("bin"));
        Files.copy(Path.of("/bin/true"), rootfs.resolve("bin/true"));
        for (String library : run(List.of("ldd", "/bin/true"), Duration.ofSeconds(20))
                .output()
                .lines()
                .map(line -> line.replaceAll(".*?(/\\S+) .*", "$1"))
                .filter(path -> path.startsWith("/"))
                .toList()) {
            Path target = rootfs.resolve(library.substring(1));
            Files.createDirectories(target.getParent());
            Files.copy(Path.of(library), target);
        }
        List<String> limits = List.of("--ulimit", "nofile=4096:4096", "--ulimit", "nproc=4096:4096");
        List<Podman> ways = List.of(new Podman(List.of(), List.of()), new Podman(List.of("--runtime", "runc"), limits));
        for (Podman way : ways) {
            List<String> arguments = new ArrayList<>(List.of("run", "--rm"));
            arguments.addAll(way.runOptions());
            arguments.addAll(List.of("--rootfs", rootfs.toString(), "/bin/true"));
            Result probe = run(way.command(arguments.toArray(String[]::new)), Duration.ofMinutes(1));
            if (probe.code() == 0) {
                return Optional.of(way);
            }
            reasons.add(
                    String.join(" ", way.command("run")) + ": " + probe.output().strip());
        }
        return Optional.empty();
    }

    private Path blob(String digest) {
        return layout.resolve("blobs/sha256").resolve(digest.substring(digest.indexOf(':') + 1));
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    record Result(int code, String output) {}

    /** Runs a command to its end; its output and error together, without tar's notes on unknown header keywords. */
    private static Result run(List<String> command, Duration timeout) throws Exception {
        Path output = Files.createTempFile("kneadwise-image-it", ".txt");
        Process process = new ProcessBuilder(new ArrayList<>(command))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + timeout);
        }
        String text = Files.readString(output, StandardCharsets.UTF_8)
                .lines()
                .filter(line -> !line.contains("Ignoring unknown extended header keyword"))
                .reduce("", (all, line) -> all + line + "\n");
        Files.deleteIfExists(output);
        return new Result(process.exitValue(), text);
    }
}
