package kneadwise.system.cli;

import java.io.PrintStream;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

/**
 * One task of {@code ./kneadwise admin} that a module other than accounts brings (such as {@code register-client}):
 * its arguments are checked before the application starts, then it runs against the started application.
 */
public interface AdminTask {

    /** The word after {@code admin}. */
    String name();

    /** Its usage line, for {@code ./kneadwise admin --help}. */
    String usage();

    /** What is wrong with the arguments (those after the task's name), or null when nothing is. */
    @Nullable
    String problemWith(List<String> args);

    /** @return the exit code: 0 done, 1 failed, 2 invalid input */
    int run(List<String> args, ApplicationContext application, PrintStream out, PrintStream err);
}
