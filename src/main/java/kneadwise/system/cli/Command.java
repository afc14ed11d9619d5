package kneadwise.system.cli;

import java.io.PrintStream;
import java.util.List;

/** One subcommand of {@code ./kneadwise}, such as {@code serve}. */
public interface Command {

    /** The word typed after {@code ./kneadwise}. */
    String name();

    /** One line for the list of commands. */
    String summary();

    /** The whole help text shown by {@code ./kneadwise <name> --help}. */
    String help();

    /**
     * Runs the command.
     *
     * @return the process exit code: 0 done, 1 failed, 2 invalid usage or input, or {@link
     *     CommandLine#STILL_RUNNING} when the command left a server running
     */
    int run(List<String> args, PrintStream out, PrintStream err);
}
