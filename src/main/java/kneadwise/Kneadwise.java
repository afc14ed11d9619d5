package kneadwise;

import java.util.List;
import kneadwise.accounts.AdminCommand;
import kneadwise.checkin.AssessCommand;
import kneadwise.demo.DemoDataCommand;
import kneadwise.demo.DemoOutcomesCommand;
import kneadwise.smart.RegisterClientTask;
import kneadwise.system.cli.CommandLine;
import kneadwise.system.cli.HealthCheckCommand;
import kneadwise.system.cli.ServeCommand;

/**
 * The program behind {@code ./kneadwise}: picks a subcommand and runs it.
 *
 * <p>To add a subcommand, write a {@link kneadwise.system.cli.Command} and list it here.
 */
public final class Kneadwise {

    private Kneadwise() {}

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(List.of(
                new ServeCommand(KneadwiseApplication.class),
                new AssessCommand(),
                new AdminCommand(KneadwiseApplication.class, List.of(new RegisterClientTask())),
                new DemoDataCommand(KneadwiseApplication.class),
                new DemoOutcomesCommand(KneadwiseApplication.class),
                new HealthCheckCommand()));
        int exitCode = commandLine.run(List.of(args), System.out, System.err);
        // serve keeps running on its own non-daemon threads; every other outcome ends the process here.
        if (exitCode != CommandLine.STILL_RUNNING) {
            System.exit(exitCode);
        }
    }
}
