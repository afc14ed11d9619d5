package kneadwise.accounts;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.List;
import kneadwise.accounts.AccountRefusals.EmailAlreadyRegistered;
import kneadwise.system.cli.Command;
import kneadwise.system.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ./kneadwise admin create-admin --email E [--name N]}: creates a system administrator on the configured
 * database (embedded or external) and prints a generated password once.
 */
public final class AdminCommand implements Command {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXYZ234679";

    private final Class<?> application;

    /** @param application the Spring Boot application class, started without its web server */
    public AdminCommand(Class<?> application) {
        this.application = application;
    }

    @Override
    public String name() {
        return "admin";
    }

    @Override
    public String summary() {
        return "Administration: create-admin --email E creates a system administrator";
    }

    @Override
    public String help() {
        return """
                Usage: ./kneadwise admin create-admin --email EMAIL [--name NAME]

                Creates a system administrator on the configured database (the embedded one in
                ./data, or KNEADWISE_DB_URL) and prints a generated password once: store it in a
                password manager. With the embedded database, stop the server first.

                Exit status: 0 created; 1 failed (for example the email is taken); 2 bad usage.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || !args.get(0).equals("create-admin")) {
            err.println("admin: the only task is create-admin. Run './kneadwise admin --help'.");
            return CommandLine.USAGE;
        }
        String email = CommandLine.option(args, "--email");
        String name = CommandLine.option(args, "--name");
        if (email == null || !email.contains("@")) {
            err.println("admin create-admin: --email EMAIL is required");
            return CommandLine.USAGE;
        }
        String password = generatedPassword();
        SpringApplication spring = new SpringApplication(application);
        spring.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = spring.run("--spring.main.banner-mode=off")) {
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
