package kneadwise.smart;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kneadwise.accounts.AuditLog;
import kneadwise.system.cli.AdminTask;
import kneadwise.system.cli.CommandLine;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

/**
 * {@code ./kneadwise admin register-client --name NAME (--jwks-file FILE | --jwks-url URL) [--research]}: registers
 * a SMART backend client with its public keys and prints its {@code client_id} (CONTRACT.md section 11). The keys
 * are checked before anything is stored.
 */
public final class RegisterClientTask implements AdminTask {

    @Override
    public String name() {
        return "register-client";
    }

    @Override
    public String usage() {
        return "register-client --name NAME (--jwks-file FILE | --jwks-url URL) [--research]";
    }

    @Override
    public @Nullable String problemWith(List<String> args) {
        String name = CommandLine.option(args, "--name");
        String file = CommandLine.option(args, "--jwks-file");
        String url = CommandLine.option(args, "--jwks-url");
        if (name == null || name.isBlank() || name.startsWith("--")) {
            return "--name NAME is required";
        }
        if ((file == null) == (url == null)) {
            return "give the client's public keys with exactly one of --jwks-file FILE and --jwks-url URL";
        }
        if (url != null) {
            return ClientKeys.problemWithAddress(url);
        }
        try {
            return ClientKeys.problemWithKeySet(Files.readString(Path.of(file), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException unreadable) {
            return "cannot read the key set " + file + ": " + unreadable.getMessage();
        }
    }

    @Override
    public int run(List<String> args, ApplicationContext application, PrintStream out, PrintStream err) {
        String file = CommandLine.option(args, "--jwks-file");
        String jwks;
        try {
            jwks = file == null ? null : Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            err.println("admin register-client: cannot read " + file + ": " + unreadable.getMessage());
            return CommandLine.FAILED;
        }
        BackendClient client = application
                .getBean(BackendClients.class)
                .register(
                        String.valueOf(CommandLine.option(args, "--name")),
                        jwks,
                        CommandLine.option(args, "--jwks-url"),
                        args.contains("--research"));
        application
                .getBean(AuditLog.class)
                .recordBySystem("command line", null, "backend-client", AuditLog.CREATE, AuditLog.ALLOWED);
        out.println("Registered " + client.label() + (client.research() ? ", for research exports only." : "."));
        out.println("client_id: " + client.clientId());
        return CommandLine.OK;
    }
}
