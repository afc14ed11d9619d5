package kneadwise.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's nginx, started in the foreground in a directory of the test's own with a site configuration (the
 * {@code http}-level part an operator puts in /etc/nginx/conf.d). The access log names the node that served each
 * request ({@link #servedSince}). Close it to stop it.
 */
public final class Nginx implements AutoCloseable {

    private final Process process;
    private final Path directory;

    private Nginx(Process process, Path directory) {
        this.process = process;
        this.directory = directory;
    }

    /** The nginx program, where the operating system's package put it. */
    public static Optional<Path> installed() {
        return Stream.of("/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx")
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Starts nginx with {@code site} and waits until it accepts connections on each of {@code ports}. */
    public static Nginx start(Path binary, Path directory, String site, int... ports) throws Exception {
        Path temp = Files.createDirectories(directory.resolve("temp"));
        Files.writeString(directory.resolve("site.conf"), site);
        // As root, nginx would run its workers as "nobody", who may not read this test's directories.
        String user = "root".equals(System.getProperty("user.name")) ? "user root root;\n" : "";
        Files.writeString(directory.resolve("nginx.conf"), user + """
                worker_processes 1;
                pid %1$s/nginx.pid;
                events { worker_connections 256; }
                http {
                    client_body_temp_path %2$s/body;
                    proxy_temp_path %2$s/proxy;
                    fastcgi_temp_path %2$s/fastcgi;
                    uwsgi_temp_path %2$s/uwsgi;
                    scgi_temp_path %2$s/scgi;
                    log_format nodes '$remote_addr $upstream_addr $status "$request"';
                    access_log %1$s/access.log nodes;
                    include %1$s/site.conf;
                }
                """.formatted(directory, temp));
        Process process = new ProcessBuilder(
                        binary.toString(),
                        "-p",
                        directory.toString(),
                        "-e",
                        directory.resolve("error.log").toString(),
                        "-c",
                        directory.resolve("nginx.conf").toString(),
                        "-g",
                        "daemon off;")
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("nginx.out").toFile())
                .start();
        Nginx nginx = new Nginx(process, directory);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        for (int port : ports) {
            while (!accepts(port)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    nginx.close();
                    throw new IllegalStateException("nginx did not start:\n" + nginx.log());
                }
                Thread.sleep(50);
            }
        }
        return nginx;
    }

    /** How many requests nginx has logged so far: a mark for {@link #servedSince}. */
    public int mark() throws IOException {
        return lines().size();
    }

    /**
     * The node ("127.0.0.1:PORT") that served each request logged after {@code mark} whose request line starts with
     * {@code request} (such as "GET /account"), once there are {@code expected} of them or after 5 s. nginx logs a
     * request just after answering it, so the line of the request a test has just made may come a moment later.
     */
    public List<String> servedSince(int mark, String request, int expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (true) {
            List<String> lines = lines();
            List<String> nodes = lines.subList(Math.min(mark, lines.size()), lines.size()).stream()
                    .filter(line -> line.substring(line.indexOf('"') + 1).startsWith(request))
                    .map(line -> line.split(" ")[1])
                    .toList();
            if (nodes.size() >= expected || System.nanoTime() > deadline) {
                return nodes;
            }
            Thread.sleep(50);
        }
    }

    private List<String> lines() throws IOException {
        Path log = directory.resolve("access.log");
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    /** What nginx said on its error log and output. */
    public String log() throws IOException {
        StringBuilder text = new StringBuilder();
        for (String name : List.of("nginx.out", "error.log")) {
            Path file = directory.resolve(name);
            if (Files.exists(file)) {
                text.append(Files.readString(file));
            }
        }
        return text.toString();
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: nginx stops at once
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
