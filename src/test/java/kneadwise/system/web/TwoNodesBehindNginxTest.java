package kneadwise.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import kneadwise.accounts.People;
import kneadwise.testing.BrowserSession;
import kneadwise.testing.DebianPostgres;
import kneadwise.testing.Nginx;
import kneadwise.testing.RunningService;
import kneadwise.testing.ServiceClient;
import kneadwise.testing.TestCertificate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two service nodes on one external PostgreSQL (Debian's) behind Debian's nginx, configured by deploy/nginx.conf as
 * shipped, with only its marked lines (node ports, listen ports, certificate files) changed for this machine (issue
 * 17, item 5). nginx takes turns between the nodes, and its access log says which node served each request, so each
 * case below shows that both nodes took part. Skipped, with the reason, where nginx or PostgreSQL is not installed
 * (.ci/run installs both).
 */
class TwoNodesBehindNginxTest {

    static final String CLEAR_INTAKE = """
            {"age": 52, "painDurationWeeks": 2, "painNow": 5, "findings": []}""";

    static DebianPostgres database;
    static GreenMail smtp;
    static RunningService nodeA;
    static RunningService nodeB;
    static Nginx nginx;
    static TestCertificate certificate;
    static int httpPort;
    static String https;

    @BeforeAll
    static void startTwoNodesBehindNginx(@TempDir Path directory, @TempDir Path postgresDirectory) throws Exception {
        Optional<Path> nginxProgram = Nginx.installed();
        assumeTrue(nginxProgram.isPresent(), "nginx is not installed (apt-get install nginx; .ci/run installs it)");
        Optional<Path> postgres = DebianPostgres.installedBinaries();
        assumeTrue(
                postgres.isPresent(),
                "Debian's PostgreSQL server is not installed (apt-get install postgresql; .ci/run installs it)");
        database = DebianPostgres.start(postgres.get(), postgresDirectory);
        int smtpPort = freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        certificate = TestCertificate.makeIn(Files.createDirectories(directory.resolve("tls")));
        httpPort = freePort();
        int httpsPort = freePort();
        https = "https://127.0.0.1:" + httpsPort;

        nodeA = RunningService.start(nodeSettings(directory.resolve("node-a"), smtpPort));
        nodeB = RunningService.start(nodeSettings(directory.resolve("node-b"), smtpPort));
        String site =
                asInstalledHere(Files.readString(Path.of("deploy/nginx.conf")), nodeA.port(), nodeB.port(), httpsPort);
        nginx = Nginx.start(
                nginxProgram.get(), Files.createDirectories(directory.resolve("nginx")), site, httpPort, httpsPort);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (nginx != null) {
            nginx.close();
        }
        for (RunningService node : new RunningService[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aWebSessionStartedOnOneNodeGoesOnOnTheOther() throws Exception {
        String email = People.signUp(proxy(), "PATIENT");
        BrowserSession browser = new BrowserSession(https, certificate.trustingIt());
        int mark = nginx.mark();

        HttpResponse<String> login = browser.logIn(email, People.PASSWORD);
        assertThat(login.statusCode()).as(login.body()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(next -> assertThat(next).doesNotContain("error"));
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> account = browser.get("/account");
            assertThat(account.statusCode()).as("signed in on request %d", i).isEqualTo(200);
            assertThat(account.body()).contains(email);
        }
        List<String> loginNodes = new ArrayList<>(nginx.servedSince(mark, "GET /login", 1));
        loginNodes.addAll(nginx.servedSince(mark, "POST /login", 1));
        assertThat(loginNodes)
                .as("the login form came from one node and was posted, with its CSRF token, to the other")
                .containsExactlyInAnyOrder(node(nodeA), node(nodeB));
        assertThat(nginx.servedSince(mark, "GET /account", 4))
                .as("the account page, signed in, from both nodes in turn")
                .hasSize(4)
                .containsOnly(node(nodeA), node(nodeB));

        HttpResponse<String> logout = browser.submit("/account", "/logout", Map.of());
        assertThat(logout.statusCode()).isEqualTo(302);
        for (int i = 0; i < 2; i++) {
            assertThat(browser.get("/account").headers().firstValue("Location"))
                    .as("signed out on both nodes")
                    .hasValueSatisfying(location -> assertThat(location).startsWith("/login"));
        }
    }

    @Test
    void aTokenWorksOnBothNodes() throws Exception {
        String email = People.signUp(proxy(), "PATIENT");
        HttpResponse<String> issued = proxy().postJson("/api/v1/tokens", People.login(email, People.PASSWORD));
        assertThat(issued.statusCode()).isEqualTo(201);
        String token = People.json(issued).get("token").asString();
        int mark = nginx.mark();

        for (int i = 0; i < 4; i++) {
            HttpResponse<String> me = proxy().withToken(token).get("/api/v1/me");
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(People.json(me).get("email").asString()).isEqualTo(email);
        }

        assertThat(nginx.servedSince(mark, "GET /api/v1/me ", 4)).hasSize(4).containsOnly(node(nodeA), node(nodeB));
        for (RunningService node : List.of(nodeA, nodeB)) {
            assertThat(new ServiceClient(node.port())
                            .withToken(token)
                            .get("/api/v1/me")
                            .statusCode())
                    .as("straight to the node on port %d", node.port())
                    .isEqualTo(200);
        }
    }

    @Test
    void twelvePatientsRacingForOneTimeThroughBothNodesGiveExactlyOneCourse() throws Exception {
        String therapistId = allWeekPractice();
        String start = firstFreeTime(therapistId);
        List<ServiceClient> patients = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ServiceClient patient = People.newPatient(proxy());
            assertThat(patient.postJson("/api/v1/me/assessments", CLEAR_INTAKE).statusCode())
                    .isEqualTo(201);
            patients.add(patient);
        }
        int mark = nginx.mark();
        String course = """
                {"therapistId": "%s", "firstSessionStart": "%s", "sessions": 1, "everyDays": 7}""".formatted(therapistId, start);

        List<Integer> answers = race(
                patients, patient -> patient.postJson("/api/v1/courses", course).statusCode());

        assertThat(answers).filteredOn(status -> status == 201).hasSize(1);
        assertThat(answers).filteredOn(status -> status == 409).hasSize(11);
        assertThat(nginx.servedSince(mark, "POST /api/v1/courses ", 12))
                .hasSize(12)
                .containsOnly(node(nodeA), node(nodeB));
        assertThat(database()
                        .sql("SELECT count(*) FROM booking_course WHERE therapist_id = CAST(:id AS uuid)")
                        .param("id", therapistId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void failedLoginsFromOneAddressAddUpAcrossNodesAndDoNotBlockAnotherAddress() throws Exception {
        String email = People.signUp(proxy(), "PATIENT");
        ServiceClient guesser = proxy().from("127.0.0.20");
        int mark = nginx.mark();

        for (int i = 0; i < 5; i++) {
            assertThat(guesser.postJson("/api/v1/tokens", People.login(email, "wrong guess " + i))
                            .statusCode())
                    .isEqualTo(401);
        }

        assertThat(nginx.servedSince(mark, "POST /api/v1/tokens ", 5))
                .as("the five failures were counted by both nodes")
                .hasSize(5)
                .containsOnly(node(nodeA), node(nodeB));
        assertThat(guesser.postJson("/api/v1/tokens", People.login(email, People.PASSWORD))
                        .statusCode())
                .as("the guesser's address is locked out of this account, on whichever node")
                .isEqualTo(429);
        assertThat(guesser.postJson("/api/v1/tokens", People.login(email, People.PASSWORD))
                        .statusCode())
                .isEqualTo(429);
        assertThat(proxy().from("127.0.0.21")
                        .postJson("/api/v1/tokens", People.login(email, People.PASSWORD))
                        .statusCode())
                .as("the owner, at another address, signs in")
                .isEqualTo(201);
    }

    @Test
    void aForgedForwardedForChangesNothingThroughTheProxyOrStraightToANode() {
        String email = People.signUp(proxy(), "PATIENT");
        // Through nginx: the header a client sends is replaced by the address nginx sees.
        ServiceClient throughProxy = proxy().from("127.0.0.22");
        // Straight to a node, from an address that is not a trusted proxy: the header is not believed.
        ServiceClient straight = new ServiceClient(nodeA.port()).from("127.0.0.23");
        for (ServiceClient forger : List.of(throughProxy, straight)) {
            for (int i = 0; i < 5; i++) {
                assertThat(forger.withHeader("X-Forwarded-For", "10.0.0." + i)
                                .postJson("/api/v1/tokens", People.login(email, "wrong guess " + i))
                                .statusCode())
                        .isEqualTo(401);
            }
            assertThat(forger.withHeader("X-Forwarded-For", "10.0.0.99")
                            .postJson("/api/v1/tokens", People.login(email, People.PASSWORD))
                            .statusCode())
                    .as("each failure counted against the forger's own address, not the forged ones")
                    .isEqualTo(429);
        }
        // A trusted proxy passing on a header that is no address at all: refused like any login, never a 500.
        for (String nonsense : List.of("not-an-address", "'; SELECT 1; --", "1.2.3.4.5, , ::::")) {
            assertThat(new ServiceClient(nodeA.port())
                            .withHeader("X-Forwarded-For", nonsense)
                            .postJson("/api/v1/tokens", People.login(email, "wrong guess"))
                            .statusCode())
                    .as(nonsense)
                    .isEqualTo(401);
        }
        HttpResponse<String> forgedHttps = new ServiceClient(nodeB.port())
                .from("127.0.0.23")
                .withHeader("X-Forwarded-Proto", "https")
                .get("/login");
        assertThat(forgedHttps.statusCode()).isEqualTo(200);
        assertThat(forgedHttps.headers().firstValue("Strict-Transport-Security"))
                .as("plain HTTP claiming to be HTTPS gets no HSTS")
                .isEmpty();
        assertThat(forgedHttps.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.contains("Secure"));
    }

    @Test
    void overHttpsTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        String email = People.signUp(proxy(), "PATIENT");
        BrowserSession browser = new BrowserSession(https, certificate.trustingIt());

        HttpResponse<String> loginPage = browser.get("/login");
        HttpResponse<String> login = browser.logIn(email, People.PASSWORD);

        assertThat(loginPage.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
        assertThat(login.headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("SESSION="))
                .isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).contains("; Secure").contains("HttpOnly"));
        HttpResponse<String> plain = new ServiceClient(httpPort).get("/login");
        assertThat(plain.statusCode()).as("plain HTTP is sent to HTTPS").isEqualTo(301);
        assertThat(plain.headers().firstValue("Location")).hasValue("https://127.0.0.1/login");
    }

    @Test
    void eachReminderIsMailedOnceThoughBothNodesLookForDueSessionsEverySecond() throws Exception {
        String therapistId = allWeekPractice();
        List<String> emails = new ArrayList<>();
        List<String> starts = freeTimes(therapistId).subList(0, 3);
        for (String start : starts) {
            String email = People.signUp(proxy(), "PATIENT");
            ServiceClient patient = People.signedIn(proxy(), email);
            assertThat(patient.postJson("/api/v1/me/assessments", CLEAR_INTAKE).statusCode())
                    .isEqualTo(201);
            HttpResponse<String> booked = patient.postJson("/api/v1/courses", """
                    {"therapistId": "%s", "firstSessionStart": "%s", "sessions": 1, "everyDays": 7}""".formatted(therapistId, start));
            assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
            emails.add(email);
        }

        long deadline = System.nanoTime() + 30_000_000_000L;
        while (reminders(emails).size() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        Thread.sleep(4_000); // several more looks by each node, each of which could send a second reminder

        assertThat(reminders(emails))
                .as("one reminder for each of the three sessions")
                .hasSize(3)
                .extracting(message -> message.getAllRecipients()[0].toString())
                .containsExactlyInAnyOrderElementsOf(emails);
        Map<String, Long> copies = Arrays.stream(smtp.getReceivedMessages())
                .collect(Collectors.groupingBy(TwoNodesBehindNginxTest::fingerprint, Collectors.counting()));
        assertThat(copies)
                .as("no mail of this run was sent twice")
                .allSatisfy((mail, count) -> assertThat(count).as(mail).isEqualTo(1));
    }

    // --- the set-up -------------------------------------------------------------------------------------------

    private static Map<String, String> nodeSettings(Path dataDirectory, int smtpPort) {
        Map<String, String> settings = new HashMap<>();
        settings.put("kneadwise.db.url", database.jdbcUrl());
        settings.put("kneadwise.db.user", DebianPostgres.USER);
        settings.put("kneadwise.db.password", DebianPostgres.PASSWORD);
        settings.put("kneadwise.data-dir", dataDirectory.toString());
        settings.put("kneadwise.trusted-proxies", "127.0.0.1");
        settings.put("kneadwise.base-url", https);
        settings.put("spring.mail.host", "127.0.0.1");
        settings.put("spring.mail.port", String.valueOf(smtpPort));
        settings.put("kneadwise.mail.delivery-interval-ms", "200");
        settings.put("kneadwise.reminders.first-check", "PT1S");
        settings.put("kneadwise.reminders.check-every", "PT1S");
        // Every sign-up of this test comes from one or two addresses.
        settings.put("kneadwise.accounts.sign-ups-per-client-per-hour", "100000");
        return settings;
    }

    /** deploy/nginx.conf with its marked lines changed for this machine; fails when one of them is not there. */
    private static String asInstalledHere(String shipped, int nodeA, int nodeB, int httpsPort) {
        String site = shipped;
        site = once(site, "server 127.0.0.1:8080 ", "server 127.0.0.1:" + nodeA + " ");
        site = once(site, "server 127.0.0.1:8082 ", "server 127.0.0.1:" + nodeB + " ");
        site = once(site, "listen 80;", "listen 127.0.0.1:" + httpPort + ";");
        site = once(site, "listen 443 ssl http2;", "listen 127.0.0.1:" + httpsPort + " ssl http2;");
        site = once(
                site,
                "/etc/kneadwise/tls/fullchain.pem",
                certificate.certificate().toString());
        site = once(
                site, "/etc/kneadwise/tls/privkey.pem", certificate.privateKey().toString());
        return site;
    }

    private static String once(String text, String marked, String here) {
        int first = text.indexOf(marked);
        assertThat(first)
                .as("deploy/nginx.conf has \"%s\" once (change this test with it)", marked)
                .isNotNegative()
                .isEqualTo(text.lastIndexOf(marked));
        return text.replace(marked, here);
    }

    /** A therapist who works every day round the clock, so that a free time is always a few hours away. */
    private static String allWeekPractice() {
        ServiceClient therapist = People.signedIn(proxy(), People.signUp(proxy(), "THERAPIST"));
        HttpResponse<String> profile = therapist.send("PUT", "/api/v1/me/therapist-profile", """
                {"name": "Nell Twonode", "techniques": ["SWEDISH"], "languages": ["en"], "pricePerSession": 60,
                 "postalCode": "02110", "sessionMinutes": 30}""", "application/json");
        assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);
        String days = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY").stream()
                .map(day -> "{\"day\": \"" + day + "\", \"opens\": \"00:00\", \"closes\": \"23:59\"}")
                .collect(Collectors.joining(",", "[", "]"));
        HttpResponse<String> hours = therapist.send("PUT", "/api/v1/me/working-hours", days, "application/json");
        assertThat(hours.statusCode()).as(hours.body()).isEqualTo(200);
        return People.json(profile).get("id").asString();
    }

    private static String firstFreeTime(String therapistId) {
        return freeTimes(therapistId).getFirst();
    }

    /** Free times in the next day (the demo-free practice above has nothing booked but what a test books). */
    private static List<String> freeTimes(String therapistId) {
        HttpResponse<String> slots = proxy().get("/api/v1/therapists/" + therapistId + "/slots");
        assertThat(slots.statusCode()).as(slots.body()).isEqualTo(200);
        List<String> starts = People.json(slots).findValues("start").stream()
                .map(start -> start.asString())
                .toList();
        assertThat(starts).as(slots.body()).hasSizeGreaterThanOrEqualTo(3);
        return starts;
    }

    private static <T> List<T> race(List<ServiceClient> clients, Function<ServiceClient, T> call) throws Exception {
        CountDownLatch ready = new CountDownLatch(clients.size());
        CountDownLatch go = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(clients.size())) {
            List<Future<T>> answers = new ArrayList<>();
            for (ServiceClient client : clients) {
                Callable<T> task = () -> {
                    ready.countDown();
                    go.await();
                    return call.apply(client);
                };
                answers.add(threads.submit(task));
            }
            ready.await();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> answer : answers) {
                results.add(answer.get());
            }
            return results;
        }
    }

    private static List<MimeMessage> reminders(List<String> emails) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            String to = message.getRecipients(Message.RecipientType.TO)[0].toString();
            if (emails.contains(to) && message.getSubject().startsWith("Reminder:")) {
                found.add(message);
            }
        }
        return found;
    }

    private static String fingerprint(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients()) + " " + message.getSubject() + "\n"
                    + GreenMailUtil.getBody(message);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ServiceClient proxy() {
        return ServiceClient.at(https, certificate.trustingIt());
    }

    private static JdbcClient database() {
        return JdbcClient.create(nodeA.bean(DataSource.class));
    }

    private static String node(RunningService node) {
        return "127.0.0.1:" + node.port();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
