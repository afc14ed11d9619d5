package kneadwise.system.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;

/** {@code ./kneadwise serve}: the web app and API, on an embedded PostgreSQL unless an external one is configured. */
public final class ServeCommand implements Command {

    static final int DEFAULT_PORT = 8080;

    private final Class<?> application;
    private final Map<String, String> environment;

    /** @param application the Spring Boot application class to run */
    public ServeCommand(Class<?> application) {
        this(application, System.getenv());
    }

    ServeCommand(Class<?> application, Map<String, String> environment) {
        this.application = application;
        this.environment = environment;
    }

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String summary() {
        return "Serve the web app and API on http://localhost:8080";
    }

    @Override
    public String help() {
        return """
                Usage: ./kneadwise serve [--port N] [--host ADDRESS] [--data-dir DIR] [--demo]

                Serves the web app and the API. With no database configured it runs an embedded
                PostgreSQL whose data lives in DIR/postgres and survives restarts; a second server
                on the same data directory is refused.

                Options:
                  --port N        HTTP port, 1-65535 (default: $PORT, else 8080; 0 picks a free one)
                  --host ADDRESS  the address to listen on (default: $KNEADWISE_HOST, else 127.0.0.1,
                                  which only this machine reaches); 0.0.0.0 opens every network
                  --data-dir DIR  where the embedded database keeps its files (default: ./data)
                  --demo          create one demo account of each role (passwords in README.md);
                                  with KNEADWISE_DB_URL set, also --demo-on-external-database;
                                  on a non-loopback --host, also --demo-on-network

                Environment:
                  PORT                   HTTP port when --port is not given
                  KNEADWISE_HOST         listening address when --host is not given
                  KNEADWISE_DATA_DIR     data directory when --data-dir is not given
                  KNEADWISE_DB_URL       jdbc:postgresql://host:port/db of an external PostgreSQL;
                                         when set, no embedded database is started
                  KNEADWISE_DB_USER      its user name
                  KNEADWISE_DB_PASSWORD  its password
                  KNEADWISE_LOG_FORMAT   json: one JSON object per log line (Elastic Common Schema);
                                         text (the default): lines for people
                  KNEADWISE_MANAGEMENT_PORT  probes and metrics (default 8081, this machine only)

                Stop it with Ctrl-C (or SIGTERM): requests in flight finish, then the database
                shuts down cleanly.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        ServeOptions options = ServeOptions.parse(args, environment);
        if (!options.problems().isEmpty()) {
            options.problems().forEach(problem -> err.println("serve: " + problem));
            err.println("Run './kneadwise serve --help' for the options.");
            return CommandLine.USAGE;
        }
        try {
            new SpringApplication(application).run(springArguments(options));
            return CommandLine.STILL_RUNNING;
        } catch (RuntimeException startupFailed) {
            // Spring Boot has already printed why (its failure analysis); the exit code tells scripts.
            return CommandLine.FAILED;
        }
    }

    static String[] springArguments(ServeOptions options) {
        List<String> springArgs = new ArrayList<>();
        springArgs.add("--server.port=" + options.port());
        springArgs.add("--server.address=" + options.host());
        options.dataDirectory().ifPresent(dir -> springArgs.add("--kneadwise.data-dir=" + dir));
        if (options.demo()) {
            springArgs.add("--kneadwise.demo=true");
        }
        if (options.jsonLogs()) {
            springArgs.add("--logging.structured.format.console=ecs");
        }
        return springArgs.toArray(String[]::new);
    }
}
