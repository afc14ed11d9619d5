package kneadwise.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server from the operating system's packages (Debian's postgresql, under /usr/lib/postgresql), started
 * in a directory of the test's own with a password-protected user: an "external" database as an operator would run
 * one. PostgreSQL refuses to run as root, so as root it runs as the postgres user.
 */
public final class DebianPostgres implements AutoCloseable {

    public static final String USER = "kneadwise";
    public static final String PASSWORD = "s3cret-for-tests";
    public static final String DATABASE = "kneadwise";

    private final Path binaries;
    private final Path directory;
    private final int port;

    private DebianPostgres(Path binaries, Path directory, int port) {
        this.binaries = binaries;
        this.directory = directory;
        this.port = port;
    }

    /** The newest installed server's bin directory, if any. */
    public static Optional<Path> installedBinaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin ->
                            Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
                    .max(Comparator.comparing(bin -> Integer.parseInt(
                            bin.getParent().getFileName().toString().replaceAll("\\D", "0"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DebianPostgres start(Path binaries, Path directory) throws Exception {
        if (runningAsRoot()) {
            UserPrincipal postgres =
                    directory.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            Files.setOwner(directory, postgres);
        }
        int port = freePort();
        DebianPostgres server = new DebianPostgres(binaries, directory, port);
        server.initialise();
        server.pgCtl(
                "-o",
                "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1",
                "-l",
                directory.resolve("server.log").toString(),
                "-w",
                "-t",
                "60",
                "start");
        server.createDatabase();
        return server;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public String majorVersion() {
        return binaries.getParent().getFileName().toString();
    }

    private void initialise() throws Exception {
        Path passwordFile = directory.resolve("password");
        Files.writeString(passwordFile, PASSWORD + "\n", StandardCharsets.UTF_8);
        if (runningAsRoot()) {
            run("chown", "postgres", passwordFile.toString());
        }
        runAsServerUser(
                binaries.resolve("initdb").toString(),
                "-D",
                dataDirectory(),
                "-U",
                USER,
                "--auth=scram-sha-256",
                "--pwfile=" + passwordFile,
                "-E",
                "UTF8",
                "--locale=C");
    }

    private void createDatabase() throws SQLException {
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + DATABASE);
        }
    }

    private String dataDirectory() {
        return directory.resolve("data").toString();
    }

    private void pgCtl(String... args) throws Exception {
        List<String> command =
                new ArrayList<>(List.of(binaries.resolve("pg_ctl").toString(), "-D", dataDirectory()));
        command.addAll(List.of(args));
        runAsServerUser(command.toArray(String[]::new));
    }

    private static void runAsServerUser(String... command) throws Exception {
        List<String> full = new ArrayList<>();
        if (runningAsRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        run(full.toArray(String[]::new));
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        pgCtl("-m", "fast", "-w", "stop");
    }
}
