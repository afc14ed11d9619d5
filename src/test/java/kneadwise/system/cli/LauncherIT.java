package kneadwise.system.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kneadwise.testing.DebianPostgres;
import kneadwise.testing.Launcher;
import kneadwise.testing.Launcher.Result;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./kneadwise serve} as a newcomer runs it, against the jar this build just packaged (Maven's integration-test
 * phase): no configuration, Ctrl-C/SIGTERM, restart on the same data, a refused second server, an external database
 * chosen by environment variables.
 */
class LauncherIT {

    private static final Pattern INSTALLATION = Pattern.compile("installation ([0-9a-f-]{36})");
    private static final Duration STARTUP = Duration.ofSeconds(90);

    @TempDir
    Path dataDirectory;

    @TempDir
    Path logs;

    @Test
    void anUpToDateBuildIsNotBuiltAgain() throws Exception {
        Path jar = Launcher.ROOT.resolve("target/kneadwise.jar");
        FileTime builtAt = Files.getLastModifiedTime(jar);

        Result result = Launcher.run(Map.of(), "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).contains("serve", "test");
        assertThat(result.stderr()).doesNotContain("building");
        assertThat(Files.getLastModifiedTime(jar)).isEqualTo(builtAt);
    }

    @Test
    void printsTheVersionAndTheCommitItWasBuiltFrom() throws Exception {
        Process git = new ProcessBuilder("git", "rev-parse", "HEAD")
                .directory(Launcher.ROOT.toFile())
                .start();
        String head = new String(git.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        assumeTrue(git.waitFor() == 0 && head.matches("[0-9a-f]{40}"), "this checkout is not a Git repository");

        Result version = Launcher.run(Map.of(), "--version");

        assertThat(version.exitCode()).as(version.stderr()).isZero();
        assertThat(version.stdout())
                .matches("Kneadwise \\S+ \\(commit " + head + "( with uncommitted changes)?, built \\S+\\)\\n");
    }

    @Test
    void servesWithNoConfigurationStopsCleanlyAndComesBackWithItsData() throws Exception {
        Map<String, String> environment =
                Map.of("KNEADWISE_DATA_DIR", dataDirectory.toString(), "KNEADWISE_DB_URL", "");

        Path firstLog = logs.resolve("first.log");
        Process first = Launcher.start(environment, firstLog, "serve", "--port", "0");
        String installation;
        try {
            int port = ready(first, firstLog);
            assertThat(new ServiceClient(port).get("/healthz").body()).isEqualTo("{\"status\":\"UP\"}");
            assertThat(reachableOnANetworkAddress(port))
                    .as("serve listens on the loopback address only, unless --host says otherwise")
                    .isEmpty();
            installation = installationIn(firstLog);

            Result second = Launcher.run(environment, "serve", "--port", "0");
            assertThat(second.exitCode()).isEqualTo(1);
            assertThat(second.stdout()).contains("already using the data directory", "--data-dir");
            assertThat(new ServiceClient(port).get("/healthz").statusCode()).isEqualTo(200);
        } finally {
            first.destroy(); // SIGTERM, as from Ctrl-C or a service manager
        }
        assertThat(first.waitFor(60, TimeUnit.SECONDS))
                .as("stopped within a minute")
                .isTrue();
        assertThat(dataDirectory.resolve("postgres/postmaster.pid"))
                .as("the database was shut down, not abandoned")
                .doesNotExist();
        assertThat(Files.readString(firstLog)).doesNotContain(" ERROR ");

        Path againLog = logs.resolve("again.log");
        Process again = Launcher.start(environment, againLog, "serve", "--port", "0");
        try {
            int port = ready(again, againLog);
            assertThat(new ServiceClient(port).get("/healthz").statusCode()).isEqualTo(200);
            assertThat(installationIn(againLog)).isEqualTo(installation);
        } finally {
            again.destroy();
            again.waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void anExternalDatabaseIsChosenByEnvironmentVariables(@TempDir Path serverDirectory) throws Exception {
        Optional<Path> binaries = DebianPostgres.installedBinaries();
        assumeTrue(binaries.isPresent(), "Debian's PostgreSQL server is not installed (apt-get install postgresql)");

        try (DebianPostgres external = DebianPostgres.start(binaries.get(), serverDirectory)) {
            Map<String, String> environment = Map.of(
                    "KNEADWISE_DATA_DIR",
                    dataDirectory.toString(),
                    "KNEADWISE_DB_URL",
                    external.jdbcUrl(),
                    "KNEADWISE_DB_USER",
                    DebianPostgres.USER,
                    "KNEADWISE_DB_PASSWORD",
                    DebianPostgres.PASSWORD);
            Path log = logs.resolve("external.log");
            Process server = Launcher.start(environment, log, "serve", "--port", "0");
            try {
                int port = ready(server, log);
                assertThat(new ServiceClient(port).get("/healthz").body()).isEqualTo("{\"status\":\"UP\"}");
                assertThat(Files.readString(log))
                        .contains("external PostgreSQL at " + external.jdbcUrl())
                        .doesNotContain(DebianPostgres.PASSWORD);
                assertThat(dataDirectory.resolve("postgres")).doesNotExist();
            } finally {
                server.destroy();
                server.waitFor(60, TimeUnit.SECONDS);
            }
        }
    }

    private static int ready(Process server, Path log) throws Exception {
        Optional<Integer> port = Launcher.awaitReady(server, log, STARTUP);
        assertThat(port).as("ready line in:%n%s", Files.readString(log)).isPresent();
        return port.orElseThrow();
    }

    private static String installationIn(Path log) throws Exception {
        Matcher matcher = INSTALLATION.matcher(Files.readString(log));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @Test
    void assessesAnIntakeFileWithoutADatabase(@TempDir Path directory) throws Exception {
        Path intake = Files.writeString(
                directory.resolve("intake.json"),
                "{\"age\": 52, \"painDurationWeeks\": 1, \"painNow\": 8, \"findings\": [\"SADDLE_NUMBNESS\"]}");

        Result result =
                Launcher.run(Map.of("KNEADWISE_DATA_DIR", dataDirectory.toString()), "assess", intake.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).contains("\"level\" : \"EMERGENCY\"", "\"plan\" : null");
        assertThat(dataDirectory).isEmptyDirectory();
    }

    @Test
    void invalidInputToAssessExitsWithTwo() throws Exception {
        Result result = Launcher.run(Map.of(), "assess", "/dev/null");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stdout()).contains("\"status\" : 400");
    }

    @Test
    void createsAnAdministratorWhoCanThenSignIn() throws Exception {
        Map<String, String> environment =
                Map.of("KNEADWISE_DATA_DIR", dataDirectory.toString(), "KNEADWISE_DB_URL", "");

        Result created = Launcher.run(environment, "admin", "create-admin", "--email", "root@example.org");

        assertThat(created.exitCode()).as(created.stderr()).isZero();
        Matcher password =
                Pattern.compile("Password \\(shown only now\\): (\\S+)").matcher(created.stdout());
        assertThat(password.find()).as(created.stdout()).isTrue();
        Result again = Launcher.run(environment, "admin", "create-admin", "--email", "ROOT@example.org");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.stderr()).contains("already has an account");

        Path log = logs.resolve("admin.log");
        Process server = Launcher.start(environment, log, "serve", "--port", "0");
        try {
            ServiceClient service = new ServiceClient(ready(server, log));
            var token = service.postJson(
                    "/api/v1/tokens", "{\"email\": \"root@example.org\", \"password\": \"" + password.group(1) + "\"}");
            assertThat(token.statusCode()).isEqualTo(201);
            String bearer = token.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
            assertThat(service.withToken(bearer).get("/api/v1/admin/audit").statusCode())
                    .isEqualTo(200);
        } finally {
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void registersABackendClientThatThenGetsAToken() throws Exception {
        Map<String, String> environment =
                Map.of("KNEADWISE_DATA_DIR", dataDirectory.toString(), "KNEADWISE_DB_URL", "");
        RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();
        Path publicKeys = Files.writeString(logs.resolve("public.jwks"), new JWKSet(key.toPublicJWK()).toString());
        Path privateKeys = Files.writeString(logs.resolve("private.jwks"), new JWKSet(key).toString(false));

        Result noName = Launcher.run(environment, "admin", "register-client", "--jwks-file", publicKeys.toString());
        Result privateOnes = Launcher.run(
                environment, "admin", "register-client", "--name", "X", "--jwks-file", privateKeys.toString());
        Result plainHttp = Launcher.run(
                environment, "admin", "register-client", "--name", "X", "--jwks-url", "http://example.org/keys");
        Result registered = Launcher.run(
                environment, "admin", "register-client", "--name", "Warehouse", "--jwks-file", publicKeys.toString());

        assertThat(noName.exitCode()).isEqualTo(2);
        assertThat(noName.stderr()).contains("--name NAME is required");
        assertThat(privateOnes.exitCode()).isEqualTo(2);
        assertThat(privateOnes.stderr()).contains("holds a private key");
        assertThat(plainHttp.exitCode()).isEqualTo(2);
        assertThat(plainHttp.stderr()).contains("must be https");
        assertThat(registered.exitCode()).as(registered.stderr()).isZero();
        Matcher printed = Pattern.compile("client_id: ([A-Za-z0-9_-]{22})\\n").matcher(registered.stdout());
        assertThat(printed.find()).as(registered.stdout()).isTrue();
        String clientId = printed.group(1);

        Path log = logs.resolve("register-client.log");
        Process server = Launcher.start(environment, log, "serve", "--port", "0");
        try {
            ServiceClient service = new ServiceClient(ready(server, log));
            var token = tokenRequest(service, clientId, key, "launcher-1");
            assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
            assertThat(token.body()).contains("\"access_token\"");
        } finally {
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void anExportKickedOffJustBeforeACrashIsFinishedAfterTheRestart() throws Exception {
        Map<String, String> environment =
                Map.of("KNEADWISE_DATA_DIR", dataDirectory.toString(), "KNEADWISE_DB_URL", "");
        RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();
        Path publicKeys = Files.writeString(logs.resolve("public.jwks"), new JWKSet(key.toPublicJWK()).toString());
        Result demo = Launcher.run(environment, "demo-outcomes", "--sessions", "6000");
        assertThat(demo.exitCode()).as(demo.stderr()).isZero();
        Result registered = Launcher.run(
                environment, "admin", "register-client", "--name", "Survivor", "--jwks-file", publicKeys.toString());
        String clientId = registered.stdout().replaceAll("(?s).*client_id: ([A-Za-z0-9_-]{22}).*", "$1");

        Path firstLog = logs.resolve("export-first.log");
        Process first = Launcher.start(environment, firstLog, "serve", "--port", "0");
        String status;
        try {
            int port = ready(first, firstLog);
            ServiceClient system =
                    new ServiceClient(port).withToken(accessToken(new ServiceClient(port), clientId, key, "before"));
            HttpResponse<String> kickOff =
                    system.withHeader("Prefer", "respond-async").get("/fhir/$export");
            assertThat(kickOff.statusCode()).as(kickOff.body()).isEqualTo(202);
            status = kickOff.headers().firstValue("Content-Location").orElseThrow();
        } finally {
            first.destroyForcibly(); // a crash, in whatever state the export is
            first.waitFor(60, TimeUnit.SECONDS);
        }

        Path againLog = logs.resolve("export-again.log");
        Process again = Launcher.start(environment, againLog, "serve", "--port", "0");
        try {
            int port = ready(again, againLog);
            ServiceClient system =
                    new ServiceClient(port).withToken(accessToken(new ServiceClient(port), clientId, key, "after"));
            String path = status.substring(status.indexOf("/fhir/"));
            HttpResponse<String> answer = system.get(path);
            // a job the dead node held waits for its lease (30 s) to run out
            Instant giveUp = Instant.now().plusSeconds(120);
            while ((answer.statusCode() == 202 || answer.statusCode() == 429)
                    && Instant.now().isBefore(giveUp)) {
                Thread.sleep(2_000);
                answer = system.get(path);
            }
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            Matcher counts = Pattern.compile(
                            "\\{\"type\":\"(\\w+)\",\"url\":\"[^\"]+?(/fhir/[^\"]+)\",\"count\":(\\d+)\\}")
                    .matcher(answer.body());
            List<String> types = new java.util.ArrayList<>();
            while (counts.find()) {
                types.add(counts.group(1));
                HttpResponse<String> file = system.get(counts.group(2));
                assertThat(file.statusCode()).isEqualTo(200);
                assertThat(file.body().lines().count()).as(counts.group(1)).isEqualTo(Long.parseLong(counts.group(3)));
            }
            // the demo's people have courses, logs and notes, but no check-ins (Flags) or grants (Consents)
            assertThat(types)
                    .as(answer.body())
                    .containsExactly(
                            "Patient",
                            "CarePlan",
                            "Goal",
                            "Appointment",
                            "Procedure",
                            "QuestionnaireResponse",
                            "Observation");
        } finally {
            again.destroy();
            again.waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void jsonLogsAreOneEcsObjectPerLineWithoutHealthDataOrSecrets() throws Exception {
        Map<String, String> environment = Map.of(
                "KNEADWISE_DATA_DIR", dataDirectory.toString(), "KNEADWISE_DB_URL", "", "KNEADWISE_LOG_FORMAT", "json");
        String email = "rosalind.quimby@example.org";
        String password = "plum tartan lighthouse 42";
        List<String> secrets = new ArrayList<>(List.of(email, "Rosalind", "Quimby", password, "OSTEOPOROSIS"));
        Path log = logs.resolve("json.log");
        Process server = Launcher.start(environment, log, "serve", "--port", "0");
        try {
            ServiceClient service = new ServiceClient(ready(server, log));
            assertThat(service.postJson("/api/v1/accounts", """
                            {"email": "%s", "password": "%s", "name": "Rosalind Quimby", "role": "PATIENT"}""".formatted(email, password))
                            .statusCode())
                    .isEqualTo(202);
            HttpResponse<String> token = service.postJson(
                    "/api/v1/tokens", "{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}");
            assertThat(token.statusCode()).as(token.body()).isEqualTo(201);
            String bearer = token.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
            secrets.add(bearer);
            HttpResponse<String> checkin = service.withToken(bearer).postJson("/api/v1/me/assessments", """
                    {"age": 71, "painDurationWeeks": 30, "painNow": 9, "findings": ["OSTEOPOROSIS"]}""");
            assertThat(checkin.statusCode()).as(checkin.body()).isEqualTo(201);
            assertThat(service.postJson("/api/v1/tokens", "{\"email\": \"" + email + "\", \"password\": \"x\"}")
                            .statusCode())
                    .isEqualTo(401);
            assertThat(service.withToken("forged-" + password.replace(' ', '-'))
                            .get("/api/v1/me")
                            .statusCode())
                    .isEqualTo(401);
            // the verification mail, written to the outbox folder (no SMTP server here), is logged by its file
            Instant deadline = Instant.now().plusSeconds(20);
            while (!Files.readString(log).contains("a mail was written")
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
        } finally {
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
        }

        List<String> lines = Files.readAllLines(log);
        tools.jackson.databind.json.JsonMapper json =
                tools.jackson.databind.json.JsonMapper.builder().build();
        List<tools.jackson.databind.JsonNode> entries = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("kneadwise: ")) {
                continue; // the launcher's own notes (building), before the application starts
            }
            tools.jackson.databind.JsonNode entry = json.readTree(line);
            assertThat(entry.isObject()).as(line).isTrue();
            assertThat(entry.path("@timestamp").asString()).as(line).isNotEmpty();
            assertThat(entry.at("/log/level").asString()).as(line).isNotEmpty();
            assertThat(entry.at("/log/logger").asString()).as(line).isNotEmpty();
            assertThat(entry.at("/ecs/version").asString()).as(line).isNotEmpty();
            assertThat(entry.at("/service/name").asString()).as(line).isEqualTo("kneadwise");
            entries.add(entry);
        }
        List<String> messages =
                entries.stream().map(entry -> entry.path("message").asString()).toList();
        assertThat(messages).anyMatch(message -> message.startsWith("Kneadwise is ready at http://localhost:"));
        assertThat(messages).anyMatch(message -> message.contains("a mail was written"));
        String whole = String.join("\n", lines);
        for (String secret : secrets) {
            assertThat(whole)
                    .as("the log holds no personal or health data and no secret")
                    .doesNotContain(secret);
        }
    }

    /** A client-credentials request with a new RS384 assertion of the client's. */
    private static HttpResponse<String> tokenRequest(ServiceClient service, String clientId, RSAKey key, String jti)
            throws Exception {
        String tokenEndpoint = service.get("/fhir/.well-known/smart-configuration")
                .body()
                .replaceAll(".*\"token_endpoint\":\"([^\"]+)\".*", "$1");
        SignedJWT assertion = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS384).keyID("k1").build(),
                new JWTClaimsSet.Builder()
                        .issuer(clientId)
                        .subject(clientId)
                        .audience(tokenEndpoint)
                        .jwtID(jti)
                        .expirationTime(new Date(System.currentTimeMillis() + 120_000))
                        .build());
        assertion.sign(new RSASSASigner(key));
        return service.send(
                "POST",
                "/fhir/auth/token",
                "grant_type=client_credentials&scope=system%2F*.read&client_assertion_type="
                        + "urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&client_assertion="
                        + assertion.serialize(),
                "application/x-www-form-urlencoded");
    }

    private static String accessToken(ServiceClient service, String clientId, RSAKey key, String jti) throws Exception {
        HttpResponse<String> token = tokenRequest(service, clientId, key, jti);
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        return token.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
    }

    /** The non-loopback addresses of this machine on which something answers at {@code port}. */
    private static List<String> reachableOnANetworkAddress(int port) throws Exception {
        List<String> reached = new ArrayList<>();
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(network.getInetAddresses())) {
                if (address.isLoopbackAddress() || address.isLinkLocalAddress()) {
                    continue;
                }
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(address, port), 2_000);
                    reached.add(address.getHostAddress());
                } catch (IOException refused) {
                    // nobody listens there: as it should be
                }
            }
        }
        return reached;
    }
}
