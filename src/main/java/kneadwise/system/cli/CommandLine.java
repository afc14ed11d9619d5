package kneadwise.system.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Picks the subcommand named by the first argument; answers {@code help} and {@code --help} for all of them. */
public final class CommandLine {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    /** Returned by a command that started a server: the process must not exit. */
    public static final int STILL_RUNNING = -1;

    /** The value after {@code --name} in a command's arguments, or null when the option or its value is missing. */
    public static @org.jspecify.annotations.Nullable String option(java.util.List<String> args, String name) {
        int at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.get(at + 1) : null;
    }

    /** A whole number written in an option (digits, maybe a minus sign), or null when it is not one. */
    public static @org.jspecify.annotations.Nullable Long wholeNumber(@org.jspecify.annotations.Nullable String text) {
        if (text == null || !text.strip().matches("-?\\d{1,12}")) {
            return null;
        }
        return Long.valueOf(text.strip());
    }

    private final Map<String, Command> commands = new LinkedHashMap<>();

    public CommandLine(List<Command> commands) {
        for (Command command : commands) {
            if (this.commands.putIfAbsent(command.name(), command) != null) {
                throw new IllegalArgumentException("Two commands are named " + command.name());
            }
        }
    }

    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            printUsage(err);
            return USAGE;
        }
        String first = args.get(0);
        if (first.equals("--version") || first.equals("version")) {
            out.println(BuildVersion.ofThisBuild().describe());
            return OK;
        }
        if (first.equals("help") || first.equals("--help") || first.equals("-h")) {
            return helpFor(args.subList(1, args.size()), out, err);
        }
        Command command = commands.get(first);
        if (command == null) {
            err.println("Unknown command '" + first + "'.");
            printUsage(err);
            return USAGE;
        }
        List<String> rest = args.subList(1, args.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            out.println(command.help());
            return OK;
        }
        return command.run(rest, out, err);
    }

    private int helpFor(List<String> topic, PrintStream out, PrintStream err) {
        if (topic.isEmpty()) {
            printUsage(out);
            return OK;
        }
        Command command = commands.get(topic.get(0));
        if (command == null) {
            err.println("Unknown command '" + topic.get(0) + "'.");
            printUsage(err);
            return USAGE;
        }
        out.println(command.help());
        return OK;
    }

    private void printUsage(PrintStream stream) {
        stream.println("Usage: ./kneadwise <command> [options]");
        stream.println();
        stream.println("Commands:");
        int width = commands.keySet().stream().mapToInt(String::length).max().orElse(0);
        commands.values().forEach(c -> stream.println("  " + padRight(c.name(), width) + "  " + c.summary()));
        stream.println();
        stream.println("Run './kneadwise <command> --help' for a command's options.");
        stream.println("'./kneadwise --version' prints the version and the commit it was built from.");
    }

    private static String padRight(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
