import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Crash trials (issue 17, item 3), run by docs/benchmarks/crash-trials.sh with the JDK's single-file launcher and
 * nothing but the JDK. Serves on a fresh data directory, writes from several clients (accounts, saved check-ins,
 * booked courses, session logs), kills the service and its embedded PostgreSQL with SIGKILL at a random moment,
 * serves again, and checks that every write the service acknowledged is there. Prints one line per trial and a
 * summary; exits 1 when a write was lost or a restart failed.
 *
 * <p>Usage: java CrashTrials.java TRIALS DATA_DIR PORT [SEED]
 */
public final class CrashTrials {

    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern THERAPIST_ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final Pattern SLOT_START = Pattern.compile("\"start\"\\s*:\\s*\"([^\"]+)\"");
    static final String INTAKE = "{\"age\": 47, \"painDurationWeeks\": 16, \"painNow\": 6, \"findings\": []}";
    static final String PASSWORD = "crash trial passphrase";
    static final int CLIENTS = 4;
    static final int OLDER_SAMPLE = 50;

    /** A write the service answered with 2xx, and how to find it again. */
    sealed interface Write permits AccountWrite, CheckinWrite, CourseWrite, LogWrite {}

    record AccountWrite(String email) implements Write {}

    record CheckinWrite(String token, String id) implements Write {}

    record CourseWrite(String token, String id) implements Write {}

    record LogWrite(String token, String courseId) implements Write {}

    private final Path root = Path.of("").toAbsolutePath();
    private final Path data;
    private final int port;
    private final Random random;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final List<Write> acknowledged = new CopyOnWriteArrayList<>();
    private final List<String> therapists = new ArrayList<>();
    /** A therapist of the current trial who works every day, round the clock, so that logs can be written any day. */
    private volatile String allWeekTherapist;
    private int checkedUpTo;

    CrashTrials(Path data, int port, long seed) {
        this.data = data;
        this.port = port;
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        int trials = Integer.parseInt(args[0]);
        Path data = Path.of(args[1]).toAbsolutePath();
        int port = Integer.parseInt(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : System.nanoTime();
        System.exit(new CrashTrials(data, port, seed).run(trials));
    }

    int run(int trials) throws Exception {
        if (call("GET", "/healthz", null, null).isPresent()) {
            System.out.println("something already answers on port " + port + "; stop it first");
            return 2;
        }
        System.out.println("adding 300 demo therapists (server stopped) ...");
        Process demo = launcher("demo-data", "--therapists", "300").start();
        if (demo.waitFor() != 0) {
            System.out.println("demo-data failed; see " + data.resolve("demo-data.log"));
            return 1;
        }
        int lost = 0;
        int failedRestarts = 0;
        List<Long> readyMillis = new ArrayList<>();
        for (int trial = 1; trial <= trials; trial++) {
            Instant started = Instant.now();
            Process server = launcher("serve", "--port", String.valueOf(port)).start();
            if (!awaitReady(server, Duration.ofSeconds(120))) {
                failedRestarts++;
                System.out.printf("trial %d: the service did not become ready; log: %s%n", trial, data.resolve("serve.log"));
                kill(server);
                continue;
            }
            long ready = Duration.between(started, Instant.now()).toMillis();
            readyMillis.add(ready);
            if (therapists.isEmpty()) {
                findTherapists();
            }
            // After each crash: every write of the trial the crash ended, and a sample of older ones (checking all of
            // them each time would take longer than the trial, a login costing an Argon2 hash); all at the end.
            List<Write> toCheck = new ArrayList<>(acknowledged.subList(checkedUpTo, acknowledged.size()));
            List<Write> older = new ArrayList<>(acknowledged.subList(0, checkedUpTo));
            Collections.shuffle(older, random);
            toCheck.addAll(older.subList(0, Math.min(OLDER_SAMPLE, older.size())));
            int missing = missingWrites(toCheck);
            checkedUpTo = acknowledged.size();
            allWeekTherapist = openAllWeekPractice().orElse(null);
            lost += missing;
            AtomicBoolean stop = new AtomicBoolean(false);
            List<Thread> clients = new ArrayList<>();
            int before = acknowledged.size();
            for (int c = 0; c < CLIENTS; c++) {
                long clientSeed = random.nextLong();
                clients.add(Thread.ofPlatform().start(() -> writeUntil(stop, new Random(clientSeed))));
            }
            Thread.sleep(1_000 + random.nextInt(5_000));
            kill(server); // SIGKILL, the JVM and then its PostgreSQL
            stop.set(true);
            for (Thread client : clients) {
                client.join(10_000);
            }
            System.out.printf(
                    "trial %d: ready in %.1f s, %d writes checked, %d missing, %d new writes acknowledged before the kill (%d logs in all)%n",
                    trial, ready / 1000.0, toCheck.size(), missing, acknowledged.size() - before,
                    acknowledged.stream().filter(w -> w instanceof LogWrite).count());
        }
        Instant started = Instant.now();
        Process last = launcher("serve", "--port", String.valueOf(port)).start();
        if (!awaitReady(last, Duration.ofSeconds(120))) {
            failedRestarts++;
            System.out.println("final start: not ready");
        } else {
            readyMillis.add(Duration.between(started, Instant.now()).toMillis());
            System.out.printf("final start: checking all %d writes%n", acknowledged.size());
            lost += missingWrites(acknowledged);
        }
        last.destroy(); // SIGTERM: a clean stop at the end
        last.waitFor();
        Collections.sort(readyMillis);
        System.out.printf(
                "acknowledged: %d accounts, %d saved check-ins, %d booked courses, %d session logs%n",
                acknowledged.stream().filter(w -> w instanceof AccountWrite).count(),
                acknowledged.stream().filter(w -> w instanceof CheckinWrite).count(),
                acknowledged.stream().filter(w -> w instanceof CourseWrite).count(),
                acknowledged.stream().filter(w -> w instanceof LogWrite).count());
        System.out.printf(
                "%d trials: %d writes acknowledged, %d lost, %d restarts failed; time to ready after a crash:"
                        + " min %.1f s, median %.1f s, max %.1f s%n",
                trials,
                acknowledged.size(),
                lost,
                failedRestarts,
                readyMillis.isEmpty() ? 0 : readyMillis.getFirst() / 1000.0,
                readyMillis.isEmpty() ? 0 : readyMillis.get(readyMillis.size() / 2) / 1000.0,
                readyMillis.isEmpty() ? 0 : readyMillis.getLast() / 1000.0);
        return lost == 0 && failedRestarts == 0 ? 0 : 1;
    }

    private ProcessBuilder launcher(String... args) {
        List<String> command = new ArrayList<>();
        command.add(root.resolve("kneadwise").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile());
        builder.environment().put("KNEADWISE_DATA_DIR", data.toString());
        builder.environment().remove("KNEADWISE_DB_URL");
        builder.environment().put("KNEADWISE_ACCOUNTS_SIGN_UPS_PER_CLIENT_PER_HOUR", "1000000");
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve(args[0] + ".log").toFile()));
        return builder;
    }

    private boolean awaitReady(Process server, Duration patience) throws InterruptedException {
        Instant until = Instant.now().plus(patience);
        while (Instant.now().isBefore(until) && server.isAlive()) {
            Optional<HttpResponse<String>> health = call("GET", "/healthz", null, null);
            if (health.isPresent() && health.get().statusCode() == 200) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** SIGKILL to the service's JVM, then to the PostgreSQL it started (named in its postmaster.pid). */
    private void kill(Process server) throws Exception {
        Optional<Long> postmaster = postmasterPid();
        server.destroyForcibly();
        server.waitFor();
        postmaster.flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroyForcibly);
    }

    private Optional<Long> postmasterPid() throws IOException {
        Path pid = data.resolve("postgres/postmaster.pid");
        if (!Files.isRegularFile(pid)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pid);
        return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.getFirst().strip()));
    }

    private void findTherapists() {
        for (String zip : List.of("10001", "60601", "90012", "77002", "85004", "19103", "30303", "98101")) {
            call("GET", "/api/v1/therapists?postalCode=" + zip + "&radiusKm=500&limit=100", null, null)
                    .filter(response -> response.statusCode() == 200)
                    .ifPresent(response -> {
                        Matcher id = THERAPIST_ID.matcher(response.body());
                        while (id.find()) {
                            therapists.add(id.group(1));
                        }
                    });
        }
        System.out.println(therapists.size() + " therapists to book with");
    }

    /**
     * A new therapist account with a profile and working hours on all seven days. The demo therapists do not work on
     * Sundays, so without it a run on a weekend could book no session that starts within a day, and write no log.
     */
    private Optional<String> openAllWeekPractice() {
        String email = "therapist-" + UUID.randomUUID() + "@example.org";
        String account = "{\"email\": \"" + email + "\", \"password\": \"" + PASSWORD
                + "\", \"name\": \"Crash Trial Practice\", \"role\": \"THERAPIST\"}";
        if (call("POST", "/api/v1/accounts", account, null)
                .filter(response -> response.statusCode() == 202)
                .isEmpty()) {
            return Optional.empty();
        }
        acknowledged.add(new AccountWrite(email));
        String token = tokenOf(email);
        if (token == null) {
            return Optional.empty();
        }
        String profile = "{\"name\": \"Crash Trial Practice\", \"techniques\": [\"SWEDISH\"], \"languages\": [\"en\"],"
                + " \"pricePerSession\": 60, \"postalCode\": \"02110\", \"sessionMinutes\": 30}";
        Optional<String> id = call("PUT", "/api/v1/me/therapist-profile", profile, token)
                .filter(response -> response.statusCode() == 200)
                .flatMap(response -> first(ID, response.body()));
        StringBuilder hours = new StringBuilder("[");
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            hours.append(hours.length() == 1 ? "" : ",")
                    .append("{\"day\": \"").append(day).append("\", \"opens\": \"00:00\", \"closes\": \"23:59\"}");
        }
        boolean open = id.isPresent()
                && call("PUT", "/api/v1/me/working-hours", hours + "]", token)
                        .filter(response -> response.statusCode() == 200)
                        .isPresent();
        return open ? id : Optional.empty();
    }

    /** One client: a patient of its own, then check-ins, courses, logs and new accounts until stopped. */
    private void writeUntil(AtomicBoolean stop, Random choice) {
        String email = "patient-" + UUID.randomUUID() + "@example.org";
        if (!signUp(email)) {
            return;
        }
        String token = tokenOf(email);
        if (token == null) {
            return;
        }
        while (!stop.get()) {
            switch (choice.nextInt(4)) {
                case 0 -> signUp("person-" + UUID.randomUUID() + "@example.org");
                case 1 -> call("POST", "/api/v1/me/assessments", INTAKE, token)
                        .filter(response -> response.statusCode() == 201)
                        .flatMap(response -> first(ID, response.body()))
                        .ifPresent(id -> acknowledged.add(new CheckinWrite(token, id)));
                default -> book(token, choice);
            }
        }
    }

    private boolean signUp(String email) {
        String body = "{\"email\": \"" + email + "\", \"password\": \"" + PASSWORD
                + "\", \"name\": \"Crash Trial\", \"role\": \"PATIENT\"}";
        boolean acked = call("POST", "/api/v1/accounts", body, null)
                .filter(response -> response.statusCode() == 202)
                .isPresent();
        if (acked) {
            acknowledged.add(new AccountWrite(email));
        }
        return acked;
    }

    private String tokenOf(String email) {
        String body = "{\"email\": \"" + email + "\", \"password\": \"" + PASSWORD + "\"}";
        return call("POST", "/api/v1/tokens", body, null)
                .filter(response -> response.statusCode() == 201)
                .flatMap(response -> first(TOKEN, response.body()))
                .orElse(null);
    }

    /** Books a one-session course at a therapist's first free time and, when its log is open, logs it. */
    private void book(String token, Random choice) {
        if (therapists.isEmpty()) {
            return;
        }
        String allWeek = allWeekTherapist;
        String therapist = allWeek != null && choice.nextBoolean()
                ? allWeek
                : therapists.get(choice.nextInt(therapists.size()));
        // a time within 24 hours when there is one, so that the session's log is open at once
        Optional<String> start = call("GET", "/api/v1/therapists/" + therapist + "/slots", null, null)
                .filter(response -> response.statusCode() == 200)
                .flatMap(response -> soonest(response.body()));
        if (start.isEmpty()) {
            return;
        }
        String body = "{\"therapistId\": \"" + therapist + "\", \"firstSessionStart\": \"" + start.get()
                + "\", \"sessions\": 1, \"everyDays\": 7}";
        Optional<String> course = call("POST", "/api/v1/courses", body, token)
                .filter(response -> response.statusCode() == 201)
                .flatMap(response -> first(ID, response.body()));
        if (course.isEmpty()) {
            return;
        }
        acknowledged.add(new CourseWrite(token, course.get()));
        StringBuilder rmdq = new StringBuilder("[");
        for (int i = 0; i < 24; i++) {
            rmdq.append(i == 0 ? "" : ",").append(choice.nextBoolean());
        }
        String log = "{\"session\": 1, \"painNrs\": " + choice.nextInt(11) + ", \"sideEffects\": [\"NONE\"], \"rmdq\": "
                + rmdq + "]}";
        call("POST", "/api/v1/courses/" + course.get() + "/outcomes", log, token)
                .filter(response -> response.statusCode() == 201)
                .ifPresent(response -> acknowledged.add(new LogWrite(token, course.get())));
    }

    /** The acknowledged writes the service no longer has, each printed. */
    private int missingWrites(List<Write> writes) {
        int missing = 0;
        for (Write write : List.copyOf(writes)) {
            boolean there = switch (write) {
                case AccountWrite account -> call(
                                "POST",
                                "/api/v1/tokens",
                                "{\"email\": \"" + account.email() + "\", \"password\": \"" + PASSWORD + "\"}",
                                null)
                        .map(response -> response.statusCode() == 201)
                        .orElse(false);
                case CheckinWrite checkin -> call("GET", "/api/v1/me/assessments", null, checkin.token())
                        .map(response -> response.statusCode() == 200 && response.body().contains(checkin.id()))
                        .orElse(false);
                case CourseWrite course -> call("GET", "/api/v1/courses/" + course.id(), null, course.token())
                        .map(response -> response.statusCode() == 200)
                        .orElse(false);
                case LogWrite log -> call("GET", "/api/v1/courses/" + log.courseId() + "/progress", null, log.token())
                        .map(response -> response.statusCode() == 200
                                && response.body().replace(" ", "").contains("\"pain\":[{\"session\":1"))
                        .orElse(false);
            };
            if (!there) {
                missing++;
                System.out.println("  missing: " + write);
            }
        }
        return missing;
    }

    private static Optional<String> soonest(String slots) {
        Matcher start = SLOT_START.matcher(slots);
        String first = null;
        while (start.find()) {
            if (first == null) {
                first = start.group(1);
            }
            if (java.time.OffsetDateTime.parse(start.group(1)).toInstant().isBefore(Instant.now().plus(Duration.ofHours(23)))) {
                return Optional.of(start.group(1));
            }
        }
        return Optional.ofNullable(first);
    }

    private static Optional<String> first(Pattern pattern, String text) {
        Matcher found = pattern.matcher(text);
        return found.find() ? Optional.of(found.group(1)) : Optional.empty();
    }

    private Optional<HttpResponse<String>> call(String method, String path, String json, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        try {
            return Optional.of(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException refused) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
