package kneadwise.directory;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import kneadwise.system.cli.Command;
import kneadwise.system.cli.CommandLine;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ./kneadwise demo-data --therapists N [--seed S]}: fills the directory with N made-up therapists spread like
 * the US population, with a progress bar. Bookings come with the booking part of issue 6.
 */
public final class DemoDataCommand implements Command {

    static final int BATCH = 2_000;
    static final int MAXIMUM = 2_000_000;

    private final Class<?> application;

    /** @param application the Spring Boot application class, started without its web server */
    public DemoDataCommand(Class<?> application) {
        this.application = application;
    }

    @Override
    public String name() {
        return "demo-data";
    }

    @Override
    public String summary() {
        return "Fill the directory with made-up therapists: --therapists N";
    }

    @Override
    public String help() {
        return """
                Usage: ./kneadwise demo-data --therapists N [--seed S]

                Adds N made-up therapists (1 to 2,000,000) to the directory on the configured database
                (the embedded one in ./data, or KNEADWISE_DB_URL): practices at random US ZIP areas,
                so they are spread like the population, with plausible prices, techniques, languages
                and training. The same seed (default 1) gives the same therapists. With the embedded
                database, stop the server first. Nothing here is a real person.

                Exit status: 0 added; 1 failed; 2 bad usage.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Long count = number(CommandLine.option(args, "--therapists"));
        Long seed = args.contains("--seed") ? number(CommandLine.option(args, "--seed")) : Long.valueOf(1);
        if (count == null || count < 1 || count > MAXIMUM) {
            err.println("demo-data: --therapists N is required, 1 to 2,000,000. Run './kneadwise demo-data --help'.");
            return CommandLine.USAGE;
        }
        if (seed == null) {
            err.println("demo-data: --seed must be a whole number");
            return CommandLine.USAGE;
        }
        SpringApplication spring = new SpringApplication(application);
        spring.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = spring.run("--spring.main.banner-mode=off")) {
            DemoDirectory directory = new DemoDirectory(seed, context.getBean(PostalCodes.class));
            Therapists therapists = context.getBean(Therapists.class);
            long started = System.nanoTime();
            for (long done = 0; done < count; ) {
                int size = (int) Math.min(BATCH, count - done);
                List<Therapist> batch = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    batch.add(directory.next());
                }
                therapists.addAll(batch);
                done += size;
                progress(err, done, count, started);
            }
            err.println();
            out.printf("Added %,d therapists in %.1f s.%n", count, (System.nanoTime() - started) / 1e9);
            return CommandLine.OK;
        } catch (RuntimeException failed) {
            err.println();
            err.println("demo-data: " + failed.getMessage());
            return CommandLine.FAILED;
        }
    }

    /** A bar on one line, redrawn in place: [#########-----------]  45%  90,000 / 200,000 therapists */
    private static void progress(PrintStream err, long done, long count, long started) {
        int width = 30;
        int filled = (int) (width * done / count);
        double seconds = (System.nanoTime() - started) / 1e9;
        err.printf(
                "\r[%s%s] %3d%%  %,d / %,d therapists  %.0f/s",
                "#".repeat(filled),
                "-".repeat(width - filled),
                100 * done / count,
                done,
                count,
                done / Math.max(seconds, 1e-3));
        err.flush();
    }

    private static @Nullable Long number(@Nullable String text) {
        if (text == null || !text.strip().matches("-?\\d{1,12}")) {
            return null;
        }
        return Long.valueOf(text.strip());
    }
}
