// A load generator for the check-in pages: N simulated people, each with their own cookies, walk the whole journey
// (every step's page, its form post, and the result, summary and PDF) again and again for a fixed time, and the
// server time of every request is recorded per page. Run with the JDK's source launcher, no build needed:
//   java docs/benchmarks/JourneyLoad.java http://127.0.0.1:18300 50 60 1000
// (base URL, simulated people, measured seconds, mean think time in ms between requests: 0 for none; each pause is
// drawn between half and one and a half times it. Warm-up: people start spread over 5 s, and measuring begins once
// every one of them has walked the whole journey once, so no page is measured before the JIT has seen it.)
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class JourneyLoad {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    /** One step: the page, then its form with these answers. */
    record Step(String path, String form) {}

    static final List<Step> JOURNEY = List.of(
            new Step("/check-in/about-you", "age=47"),
            new Step("/check-in/how-long", "duration=16&unit=WEEKS"),
            new Step("/check-in/where", "area=BACK_AND_ONE_LEG"),
            new Step("/check-in/how-bad", "pain=6"),
            new Step("/check-in/warning-signs", "none=none"),
            new Step("/check-in/needs-care", "finding=OSTEOPOROSIS&finding=PREGNANCY"),
            new Step(
                    "/check-in/how-it-affects-you",
                    "item1=agree&item2=disagree&item3=disagree&item4=agree&item5=agree&item6=agree&item7=disagree"
                            + "&item8=disagree&bothersomeness=VERY_MUCH"),
            new Step("/check-in/daily-life", "questionnaire=ROLAND_MORRIS"),
            new Step("/check-in/daily-life/roland-morris", "statement=1&statement=3&statement=9&statement=13"));

    static final Map<String, ConcurrentLinkedQueue<Long>> TIMES = new ConcurrentHashMap<>();
    static final AtomicLong ERRORS = new AtomicLong();
    static volatile boolean measuring;
    static long thinkMillis;
    static java.util.concurrent.CountDownLatch warmedUp;
    static volatile long end = Long.MAX_VALUE;

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:18300";
        int people = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        thinkMillis = args.length > 3 ? Long.parseLong(args[3]) : 0;
        warmedUp = new java.util.concurrent.CountDownLatch(people);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            long delay = 5000L * i / people;
            Thread person = Thread.ofPlatform().start(() -> walk(base, delay));
            threads.add(person);
        }
        System.out.println("warm-up (each person walks the journey once), then " + seconds + " s measured with "
                + people + " simulated people, think time " + thinkMillis + " ms");
        warmedUp.await();
        end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        measuring = true;
        for (Thread thread : threads) {
            thread.join();
        }
        report(seconds);
    }

    static void walk(String base, long delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException stopped) {
            return;
        }
        boolean first = true;
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        while (System.nanoTime() < end) {
            try {
                String token = "";
                for (Step step : JOURNEY) {
                    String page = get(http, base, step.path(), step.path());
                    Matcher csrf = CSRF.matcher(page);
                    if (csrf.find()) {
                        token = csrf.group(1);
                    }
                    post(http, base, step.path(), step.form() + "&go=next&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
                }
                get(http, base, "/check-in/result", "/check-in/result");
                get(http, base, "/check-in/summary", "/check-in/summary");
                get(http, base, "/check-in/summary.pdf", "/check-in/summary.pdf");
                get(http, base, "/", "/");
                // start again: a fresh session for the next walk
                post(http, base, "/check-in/restart", "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
            } catch (Exception failed) {
                ERRORS.incrementAndGet();
            }
            if (first) {
                first = false;
                warmedUp.countDown();
            }
        }
    }

    static String get(HttpClient http, String base, String path, String name) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        record(name, start, response.statusCode() == 200);
        return response.body();
    }

    static void post(HttpClient http, String base, String path, String form) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        record("POST " + path, start, response.statusCode() == 302);
    }

    static void record(String name, long start, boolean ok) throws InterruptedException {
        long micros = (System.nanoTime() - start) / 1000;
        if (thinkMillis > 0) {
            Thread.sleep(thinkMillis / 2 + java.util.concurrent.ThreadLocalRandom.current().nextLong(thinkMillis + 1));
        }
        if (!ok) {
            ERRORS.incrementAndGet();
        }
        if (measuring) {
            TIMES.computeIfAbsent(name, key -> new ConcurrentLinkedQueue<>()).add(micros);
        }
    }

    static void report(int seconds) {
        System.out.printf("%-46s %8s %8s %8s %8s %8s%n", "request", "count", "p50 ms", "p95 ms", "p99 ms", "max ms");
        List<Long> all = new ArrayList<>();
        for (Map.Entry<String, ConcurrentLinkedQueue<Long>> page : new TreeMap<>(TIMES).entrySet()) {
            List<Long> times = new ArrayList<>(page.getValue());
            all.addAll(times);
            print(page.getKey(), times);
        }
        print("ALL", all);
        System.out.printf("requests/s: %.0f, errors (non-200/302 or failed): %d%n", all.size() / (double) seconds, ERRORS.get());
    }

    static void print(String name, List<Long> times) {
        times.sort(null);
        System.out.printf(
                "%-46s %8d %8.1f %8.1f %8.1f %8.1f%n",
                name, times.size(), at(times, 0.50), at(times, 0.95), at(times, 0.99), times.get(times.size() - 1) / 1000.0);
    }

    static double at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1000.0;
    }
}
