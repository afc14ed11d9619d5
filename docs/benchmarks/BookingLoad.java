import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for course booking (run with `java BookingLoad.java BASE PATIENTS CLIENTS SECONDS`): signs up
 * PATIENTS people, collects distinct therapists and their next course starts from directory searches around random
 * ZIP codes, then CLIENTS threads book 6-session weekly courses as fast as they can for SECONDS (after a 10 s
 * warm-up): a random person books the next therapist of the shuffled list (each therapist once, as people spread
 * over a directory) at a random one of that therapist's free starts of the coming week (read from the slots
 * endpoint before the run). Prints bookings (201), refusals (409), errors and latencies. No think time: a
 * capacity test.
 */
public class BookingLoad {

    static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"[^}]*?\"nextCourseStart\":\"([^\"]+)\"");
    static final Pattern SLOT = Pattern.compile("\"start\":\"([^\"]+)\"");
    static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Opening(String therapistId, OffsetDateTime start) {}

    /** Openings taken by earlier runs (the warm-up), so each therapist is asked once. */
    static int used;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int patients = Integer.parseInt(args[1]);
        int clients = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        List<String> zips = java.nio.file.Files.readAllLines(java.nio.file.Path.of("docs/benchmarks/zips.txt"));
        List<String> tokens = Collections.synchronizedList(new ArrayList<>());
        List<Thread> signers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int share = patients / 8 + (t < patients % 8 ? 1 : 0);
            signers.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < share; i++) {
                    tokens.add(signUp(base));
                }
            }));
        }
        for (Thread signer : signers) {
            signer.join();
        }
        java.util.Map<String, Opening> distinct = new java.util.LinkedHashMap<>();
        Random random = new Random(7);
        while (distinct.size() < 20_000) {
            String zip = zips.get(random.nextInt(zips.size()));
            Matcher found = ID.matcher(send("GET", base + "/api/v1/therapists?postalCode=" + zip
                            + "&radiusKm=100&limit=100", null, null)
                    .body());
            while (found.find()) {
                distinct.putIfAbsent(found.group(1), new Opening(found.group(1), OffsetDateTime.parse(found.group(2))));
            }
        }
        List<Opening> found = new ArrayList<>(distinct.values());
        Collections.shuffle(found, random);
        List<Opening> openings = Collections.synchronizedList(new ArrayList<>());
        List<Thread> readers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int first = t;
            readers.add(Thread.ofPlatform().start(() -> {
                Random pick = new Random(first);
                for (int i = first; i < found.size(); i += 8) {
                    Matcher slot = SLOT.matcher(send("GET", base + "/api/v1/therapists/" + found.get(i).therapistId()
                                    + "/slots", null, null)
                            .body());
                    List<String> starts = new ArrayList<>();
                    while (slot.find()) {
                        starts.add(slot.group(1));
                    }
                    if (!starts.isEmpty()) {
                        openings.add(new Opening(
                                found.get(i).therapistId(),
                                OffsetDateTime.parse(starts.get(pick.nextInt(starts.size())))));
                    }
                }
            }));
        }
        for (Thread reader : readers) {
            reader.join();
        }
        System.out.printf("%d people signed up, %d therapists with a free start this week%n", tokens.size(),
                openings.size());
        run(base, tokens, openings, clients, 10, false);
        run(base, tokens, openings, clients, seconds, true);
    }

    static void run(String base, List<String> tokens, List<Opening> openings, int clients, int seconds, boolean report)
            throws InterruptedException {
        AtomicLong booked = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger(used);
        ConcurrentLinkedQueue<Long> times = new ConcurrentLinkedQueue<>();
        long began = System.nanoTime();
        long end = began + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long seed = c;
            threads.add(Thread.ofPlatform().start(() -> {
                Random random = new Random(seed * 7919 + (report ? 1 : 0));
                while (System.nanoTime() < end) {
                    int index = next.getAndIncrement();
                    if (index >= openings.size()) {
                        break;
                    }
                    Opening opening = openings.get(index);
                    String body = """
                            {"therapistId": "%s", "firstSessionStart": "%s", "sessions": 6, "everyDays": 7}"""
                            .formatted(opening.therapistId(), opening.start());
                    long started = System.nanoTime();
                    try {
                        int status = send("POST", base + "/api/v1/courses", body,
                                        tokens.get(random.nextInt(tokens.size())))
                                .statusCode();
                        times.add(System.nanoTime() - started);
                        (status == 201 ? booked : status == 409 ? refused : errors).incrementAndGet();
                    } catch (Exception failed) {
                        errors.incrementAndGet();
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        used = next.get();
        double elapsed = (System.nanoTime() - began) / 1e9; // shorter than asked when the openings ran out
        if (!report) {
            return;
        }
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        System.out.printf(
                "%.1f s, %d clients (openings left: %d): %d courses booked (%.1f/s), %d refused with 409 (%.1f/s), %d errors;"
                        + " attempts p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                elapsed, clients, Math.max(0, openings.size() - used), booked.get(), booked.get() / elapsed, refused.get(),
                refused.get() / elapsed, errors.get(), at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99));
    }

    static String signUp(String base) {
        String email = "load-" + UUID.randomUUID() + "@example.org";
        String password = "booking load test password";
        send("POST", base + "/api/v1/accounts", """
                {"email": "%s", "password": "%s", "name": "Load Tester", "role": "PATIENT"}"""
                .formatted(email, password), null);
        Matcher token = TOKEN.matcher(send("POST", base + "/api/v1/tokens", """
                {"email": "%s", "password": "%s"}""".formatted(email, password), null).body());
        if (!token.find()) {
            throw new IllegalStateException("no token for " + email);
        }
        return token.group(1);
    }

    static HttpResponse<String> send(String method, String url, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    static double at(List<Long> sorted, double quantile) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, sorted.size() * quantile)) / 1e6;
    }
}
