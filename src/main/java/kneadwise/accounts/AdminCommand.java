package kneadwise.accounts;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import kneadwise.accounts.AccountRefusals.EmailAlreadyRegistered;
import kneadwise.system.cli.AdminTask;
import kneadwise.system.cli.Command;
import kneadwise.system.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ./kneadwise admin create-admin --email E [--name N]}: creates a system administrator on the configured
 * database (embedded or external) and prints a generated password once; also runs the tasks other modules bring
 * ({@link AdminTask}), such as registering a backend client.
 */
public final class AdminCommand implements Command {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXYZ234679";

    private final Class<?> application;
    private final List<AdminTask> tasks;

    /**
     * @param application the Spring Boot application class, started without its web server
     * @param tasks the tasks other modules bring, besides create-admin
     */
    public AdminCommand(Class<?> application, List<AdminTask> tasks) {
        this.application = application;
        this.tasks = List.copyOf(tasks);
    }

    @Override
    public String name() {
        return "admin";
    }

    @Override
    public String summary() {
        return "Administration: create-admin --email E creates a system administrator"
                + tasks.stream().map(task -> "; " + task.name()).collect(Collectors.joining());
    }

    @Override
    public String help() {
        return """
                Usage: ./kneadwise admin create-admin --email EMAIL [--name NAME]
                """ + tasks.stream().map(task -> "       " + task.usage() + "\n").collect(Collectors.joining()) + """

                Works on the configured database (the embedded one in ./data, or KNEADWISE_DB_URL);
                with the embedded database, stop the server first.

                create-admin creates a system administrator and prints a generated password once:
                store it in a password manager.

                Exit status: 0 done; 1 failed (for example the email is taken); 2 bad usage.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Optional<AdminTask> task = args.isEmpty()
                ? Optional.empty()
                : tasks.stream()
                        .filter(named -> named.name().equals(args.get(0)))
                        .findFirst();
        if (task.isPresent()) {
            return run(task.get(), args.subList(1, args.size()), out, err);
        }
        if (args.isEmpty() || !args.get(0).equals("create-admin")) {
            err.println("admin: no such task. Run './kneadwise admin --help'.");
            return CommandLine.USAGE;
        }
        String email = CommandLine.option(args, "--email");
        String name = CommandLine.option(args, "--name");
        if (email == null || !email.contains("@")) {
            err.println("admin create-admin: --email EMAIL is required");
            return CommandLine.USAGE;
        }
        String password = generatedPassword();
        try (ConfigurableApplicationContext context = started()) {
            context.getBean(Accounts.class)
                    .create(email, password, name == null ? "Administrator" : name, Role.SYSTEM_ADMIN);
            out.println("Created the system administrator " + email + ".");
            out.println("Password (shown only now): " + password);
            return CommandLine.OK;
        } catch (EmailAlreadyRegistered taken) {
            err.println("admin create-admin: " + email + " already has an account.");
            return CommandLine.FAILED;
        } catch (RuntimeException failed) {
            err.println("admin create-admin: " + failed.getMessage());
            return CommandLine.FAILED;
        }
    }

    private int run(AdminTask task, List<String> args, PrintStream out, PrintStream err) {
        String problem = task.problemWith(args);
        if (problem != null) {
            err.println("admin " + task.name() + ": " + problem);
            err.println("Usage: ./kneadwise admin " + task.usage());
            return CommandLine.USAGE;
        }
        try (ConfigurableApplicationContext context = started()) {
            return task.run(args, context, out, err);
        } catch (RuntimeException failed) {
            err.println("admin " + task.name() + ": " + failed.getMessage());
            return CommandLine.FAILED;
        }
    }

    /** The application on the configured database, without its web server. */
    private ConfigurableApplicationContext started() {
        SpringApplication spring = new SpringApplication(application);
        spring.setWebApplicationType(WebApplicationType.NONE);
        return spring.run("--spring.main.banner-mode=off");
    }

    /** 24 characters from an unambiguous alphabet of 52: about 137 bits. */
    static String generatedPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
