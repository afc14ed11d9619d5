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
        JsonNode manifest =
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
        assertThat(container.at("/Labels/app.kneadwise.healthcheck").asString())
                .isEqualTo("java -cp @/app/jib-classpath-file kneadwise.Kneadwise healthcheck");
    }

    @Test
    void itsFilesHoldARuntimeThatStartsTheApplication() throws Exception {
        assumeTrue(isRoot(), "chroot needs root; this test runs as another user");
        Path root = work.resolve("root");
        Files.createDirectories(root);
        JsonNode index = JSON.readTree(layout.resolve("index.json").toFile());
        JsonNode manifest =
                JSON.readTree(blob(index.at("/manifests/0/digest").asString()).toFile());
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
        String why = podmanCannotRunContainers();
        assumeTrue(why.isEmpty(), why);
        Optional<Path> binaries = DebianPostgres.installedBinaries();
        assumeTrue(binaries.isPresent(), "Debian's PostgreSQL is not installed (apt-get install postgresql)");
        Result loaded = run(List.of("podman", "load", "-q", "-i", TARBALL.toString()), Duration.ofMinutes(2));
        assertThat(loaded.code()).as(loaded.output()).isZero();
        String image =
                loaded.output().replaceAll("(?s).*Loaded image[^:]*: *", "").strip();
        int port = freePort();
        int management = freePort();
        try (DebianPostgres database = DebianPostgres.start(binaries.get(), work.resolve("postgres"))) {
            Result started = run(
                    List.of(
                            "podman",
                            "run",
                            "-d",
                            "--rm",
                            "--network",
                            "host",
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
                            "--health-cmd",
                            "java -cp @/app/jib-classpath-file kneadwise.Kneadwise healthcheck",
                            image),
                    Duration.ofMinutes(1));
            assertThat(started.code()).as(started.output()).isZero();
            String container = started.output().strip();
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
                Result check = run(List.of("podman", "healthcheck", "run", container), Duration.ofMinutes(1));
                assertThat(check.code()).as(check.output()).isZero();
                Result user = run(
                        List.of("podman", "exec", container, "java", "-XshowSettings:properties", "-version"),
                        Duration.ofMinutes(1));
                assertThat(user.output()).contains("user.name = kneadwise");
            } finally {
                run(List.of("podman", "rm", "-f", container), Duration.ofMinutes(1));
            }
        } finally {
            run(List.of("podman", "rmi", "-f", image), Duration.ofMinutes(1));
        }
    }

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

    /** Empty when podman can start a container on this machine, else why not. */
    private String podmanCannotRunContainers() throws Exception {
        Result version;
        try {
            version = run(List.of("podman", "--version"), Duration.ofSeconds(30));
        } catch (IOException notInstalled) {
            return "podman is not installed (apt-get install podman)";
        }
        if (version.code() != 0) {
            return "podman does not run here: " + version.output();
        }
        // The smallest container there is: this machine's own /bin/true with its libraries, as a root filesystem.
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
        Result probe = run(
                List.of("podman", "run", "--rm", "--rootfs", rootfs.toString(), "/bin/true"), Duration.ofMinutes(1));
        return probe.code() == 0
                ? ""
                : "podman cannot start containers on this machine: "
                        + probe.output().strip();
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
