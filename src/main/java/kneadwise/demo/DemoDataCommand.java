package kneadwise.demo;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kneadwise.booking.BookingsInBulk;
import kneadwise.booking.BookingsInBulk.NewCourse;
import kneadwise.booking.WeeklyHours;
import kneadwise.directory.PostalCodes;
import kneadwise.directory.Therapist;
import kneadwise.directory.Therapists;
import kneadwise.system.cli.Command;
import kneadwise.system.cli.CommandLine;
import kneadwise.system.cli.ProgressBar;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ./kneadwise demo-data --therapists N [--seed S]}: fills the directory with N made-up therapists spread like
 * the US population, with their working weeks and some booked courses, with a progress bar.
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
        return "Fill the directory with made-up therapists, hours and bookings: --therapists N";
    }

    @Override
    public String help() {
        return """
                Usage: ./kneadwise demo-data --therapists N [--seed S]

                Adds N made-up therapists (1 to 2,000,000) to the directory on the configured database
                (the embedded one in ./data, or KNEADWISE_DB_URL): practices at random US ZIP areas,
                so they are spread like the population, with plausible prices, techniques, languages
                and training; weekly working hours (mostly weekdays, some evenings and Saturdays); and
                for about half of them one to three courses booked in the next three weeks by demo
                patients (one per 50 therapists, who cannot sign in). The same seed (default 1) gives
                the same therapists. With the embedded database, stop the server first. Nothing here
                is a real person.

                A seed already used on this database is refused (exit 2) with what was found.

                Exit status: 0 added; 1 failed; 2 bad usage or a seed used before.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Long count = CommandLine.wholeNumber(CommandLine.option(args, "--therapists"));
        Long seed =
                args.contains("--seed") ? CommandLine.wholeNumber(CommandLine.option(args, "--seed")) : Long.valueOf(1);
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
            // A seed always makes the same therapists: its first one tells whether this seed was used here before.
            UUID firstOfSeed = new DemoDirectory(seed, context.getBean(PostalCodes.class))
                    .next()
                    .id();
            if (therapists.find(firstOfSeed).isPresent()) {
                err.printf(
                        "demo-data: this database already has the demo therapists of seed %d, from an earlier run"
                                + " (%,d therapists in all). Nothing was added.%n"
                                + "To add more, choose another seed: ./kneadwise demo-data --therapists %d --seed %d%n"
                                + "To start over, stop the server and move the data directory (./data) away, or empty"
                                + " the external database.%n",
                        seed, therapists.count(), count, seed + 1);
                return CommandLine.USAGE;
            }
            BookingsInBulk bookings = context.getBean(BookingsInBulk.class);
            ProgressBar bar = new ProgressBar(err, "therapists");
            List<UUID> patients = context.getBean(DemoPatients.class).create((int) Math.max(1, count / 50));
            DemoCalendars weeks = new DemoCalendars(seed, patients);
            Instant now = context.getBean(Clock.class).instant();
            long bookedCourses = 0;
            for (long done = 0; done < count; ) {
                int size = (int) Math.min(BATCH, count - done);
                List<Therapist> batch = new ArrayList<>(size);
                Map<UUID, WeeklyHours> hours = new HashMap<>();
                List<NewCourse> booked = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    Therapist therapist = directory.next();
                    WeeklyHours week = weeks.hours();
                    batch.add(therapist);
                    hours.put(therapist.id(), week);
                    booked.addAll(weeks.courses(therapist, week, now));
                }
                therapists.addAll(batch);
                bookings.addWorkingHours(hours);
                bookings.addCourses(booked);
                bookedCourses += booked.size();
                done += size;
                bar.show(done, count);
            }
            bar.finish();
            err.println("Ordering the directory's rows by place (CLUSTER), so that a search reads few pages...");
            therapists.clusterByLocation();
            out.printf(
                    "Added %,d therapists with working hours and %,d booked courses (%,d demo patients) in %.1f s.%n",
                    count, bookedCourses, patients.size(), bar.seconds());
            return CommandLine.OK;
        } catch (RuntimeException failed) {
            err.println();
            err.println("demo-data: " + failed.getMessage());
            return CommandLine.FAILED;
        }
    }
}
