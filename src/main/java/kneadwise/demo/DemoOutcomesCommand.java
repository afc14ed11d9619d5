package kneadwise.demo;

import java.io.PrintStream;
import java.util.List;
import kneadwise.system.cli.Command;
import kneadwise.system.cli.CommandLine;
import kneadwise.system.cli.ProgressBar;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ./kneadwise demo-outcomes --sessions N [--seed S]}: finished courses with every session logged and notes
 * written, to try the outcome dashboard at a clinic's scale (docs/benchmarks/outcomes.md).
 */
public final class DemoOutcomesCommand implements Command {

    static final long MAXIMUM = 5_000_000;

    private final Class<?> application;

    /** @param application the Spring Boot application class, started without its web server */
    public DemoOutcomesCommand(Class<?> application) {
        this.application = application;
    }

    @Override
    public String name() {
        return "demo-outcomes";
    }

    @Override
    public String summary() {
        return "Add made-up finished courses with logged sessions and notes: --sessions N";
    }

    @Override
    public String help() {
        return """
                Usage: ./kneadwise demo-outcomes --sessions N [--seed S]

                Adds at least N logged sessions (6 to 5,000,000; rounded up to whole courses of 6) to the
                configured database (the embedded one in ./data, or KNEADWISE_DB_URL): new demo therapists,
                each with 48 finished weekly courses over the last year; demo patients who cannot sign in,
                each coming back for one to four courses; every session logged (pain, side effects, RMDQ or
                ODI at the baseline, the checkpoint and the end, impression of change) and notes of the first
                and last session. Each course's result is worked out as for a real log, so the outcome
                dashboard (/outcomes/dashboard, as clinic@demo.kneadwise.test with serve --demo) shows them.
                The same seed (default 1) gives the same data and may be used once per database. With the
                embedded database, stop the server first. Nothing here is a real person or a clinical finding.

                Exit status: 0 added; 1 failed; 2 bad usage.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Long sessions = CommandLine.wholeNumber(CommandLine.option(args, "--sessions"));
        Long seed =
                args.contains("--seed") ? CommandLine.wholeNumber(CommandLine.option(args, "--seed")) : Long.valueOf(1);
        if (sessions == null || sessions < 6 || sessions > MAXIMUM) {
            err.println(
                    "demo-outcomes: --sessions N is required, 6 to 5,000,000. Run './kneadwise demo-outcomes --help'.");
            return CommandLine.USAGE;
        }
        if (seed == null) {
            err.println("demo-outcomes: --seed must be a whole number");
            return CommandLine.USAGE;
        }
        SpringApplication spring = new SpringApplication(application);
        spring.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = spring.run("--spring.main.banner-mode=off")) {
            ProgressBar bar = new ProgressBar(err, "sessions");
            DemoOutcomeHistory.Added added =
                    context.getBean(DemoOutcomeHistory.class).add(sessions, seed, bar::show);
            bar.finish();
            out.printf(
                    "Added %,d logged sessions in %,d courses of %,d patients with %,d therapists in %.1f s.%n",
                    added.sessions(), added.courses(), added.patients(), added.therapists(), bar.seconds());
            return CommandLine.OK;
        } catch (RuntimeException failed) {
            err.println();
            err.println("demo-outcomes: " + failed.getMessage());
            return CommandLine.FAILED;
        }
    }
}
