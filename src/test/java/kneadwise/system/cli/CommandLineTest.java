package kneadwise.system.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final EchoCommand echo = new EchoCommand();
    final CommandLine commandLine = new CommandLine(List.of(echo, new ServeCommand(Object.class)));

    @Test
    void runsTheNamedCommandWithTheRemainingArguments() {
        int exit = run("echo", "a", "b");

        assertThat(exit).isEqualTo(0);
        assertThat(echo.received).containsExactly("a", "b");
    }

    @Test
    void helpListsEveryCommandWithItsSummary() {
        int exit = run("--help");

        assertThat(exit).isEqualTo(CommandLine.OK);
        assertThat(stdout()).contains("Usage: ./kneadwise <command>", "echo   Repeats its arguments", "serve  Serve");
    }

    @Test
    void everyCommandAnswersHelpWithoutRunning() {
        assertThat(run("echo", "--help")).isZero();
        assertThat(run("help", "serve")).isZero();

        assertThat(echo.received).isEmpty();
        assertThat(stdout()).contains("Usage: ./kneadwise echo", "Usage: ./kneadwise serve [--port N]");
    }

    @Test
    void anUnknownCommandIsAUsageErrorThatListsTheCommands() {
        int exit = run("bake");

        assertThat(exit).isEqualTo(CommandLine.USAGE);
        assertThat(stderr()).contains("Unknown command 'bake'", "serve");
    }

    @Test
    void noCommandAtAllIsAUsageError() {
        assertThat(run()).isEqualTo(CommandLine.USAGE);
        assertThat(stderr()).contains("Usage:");
    }

    @Test
    void serveNamesEveryBadOptionAndDoesNotStart() {
        int exit = run("serve", "--port", "99999", "--colour");

        assertThat(exit).isEqualTo(CommandLine.USAGE);
        assertThat(stderr()).contains("--port must be a whole number from 1 to 65535", "unknown option '--colour'");
    }

    @Test
    void twoCommandsCannotShareAName() {
        assertThatThrownBy(() -> new CommandLine(List.of(new EchoCommand(), new EchoCommand())))
                .hasMessageContaining("echo");
    }

    private int run(String... args) {
        return commandLine.run(
                List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static final class EchoCommand implements Command {
        final List<String> received = new ArrayList<>();

        @Override
        public String name() {
            return "echo";
        }

        @Override
        public String summary() {
            return "Repeats its arguments";
        }

        @Override
        public String help() {
            return "Usage: ./kneadwise echo [WORD...]";
        }

        @Override
        public int run(List<String> args, PrintStream out, PrintStream err) {
            received.addAll(args);
            return CommandLine.OK;
        }
    }
}
