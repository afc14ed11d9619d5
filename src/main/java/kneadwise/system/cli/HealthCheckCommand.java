package kneadwise.system.cli;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code healthcheck}: asks the service on this machine for {@code /healthz} and exits 0 when it answers UP. It starts
 * no Spring context, so a container runtime can run it every few seconds as the image's health check (a minimal image
 * has no curl).
 */
public final class HealthCheckCommand implements Command {

    private final Map<String, String> environment;

    public HealthCheckCommand() {
        this(System.getenv());
    }

    HealthCheckCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public String name() {
        return "healthcheck";
    }

    @Override
    public String summary() {
        return "Ask the service on this machine whether it is ready (GET /healthz); exit 0 when it is";
    }

    @Override
    public String help() {
        return """
                Usage: ./kneadwise healthcheck [--port N]

                Asks http://127.0.0.1:PORT/healthz (PORT from --port, else $PORT, else 8080) and exits 0 when the
                service answers {"status":"UP"}, 1 otherwise, within 5 seconds. It is the container image's health
                check.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String port = CommandLine.option(args, "--port");
        if (port == null) {
            port = environment.getOrDefault("PORT", String.valueOf(ServeCommand.DEFAULT_PORT));
        }
        Long number = CommandLine.wholeNumber(port);
        if (number == null || number < 1 || number > 65535) {
            err.println("healthcheck: the port must be a whole number from 1 to 65535, not '" + port + "'");
            return CommandLine.USAGE;
        }
        URI address = URI.create("http://127.0.0.1:" + number + "/healthz");
        try (HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            HttpResponse<String> answer = client.send(
                    HttpRequest.newBuilder(address)
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            out.println(answer.statusCode() + " " + answer.body());
            return answer.statusCode() == 200 ? CommandLine.OK : CommandLine.FAILED;
        } catch (java.io.IOException unreachable) {
            err.println("healthcheck: " + address + " did not answer: " + unreachable);
            return CommandLine.FAILED;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return CommandLine.FAILED;
        }
    }
}
