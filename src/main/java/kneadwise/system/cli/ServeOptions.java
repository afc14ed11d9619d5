package kneadwise.system.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The options of {@code serve}, read from its arguments and environment, with every problem found. The service listens
 * on the loopback address unless {@code --host} (or {@code KNEADWISE_HOST}) opens it to a network (issue 16, item 9).
 */
record ServeOptions(
        int port, String host, Optional<String> dataDirectory, boolean demo, boolean jsonLogs, List<String> problems) {

    /** Reachable from this machine only. */
    static final String LOOPBACK = "127.0.0.1";

    static ServeOptions parse(List<String> args, Map<String, String> environment) {
        List<String> problems = new ArrayList<>();
        @Nullable String portText = environment.get("PORT");
        String portSource = "PORT";
        @Nullable String dataDirectory = null;
        boolean demo = false;
        boolean demoOnExternal = false;
        boolean demoOnNetwork = false;
        @Nullable String host = environment.get("KNEADWISE_HOST");
        String hostSource = "KNEADWISE_HOST";
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--demo")) {
                demo = true;
                continue;
            }
            if (arg.equals("--demo-on-external-database")) {
                demoOnExternal = true;
                continue;
            }
            if (arg.equals("--demo-on-network")) {
                demoOnNetwork = true;
                continue;
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            @Nullable String inlineValue = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            switch (name) {
                case "--port", "--data-dir", "--host" -> {
                    String value;
                    if (inlineValue != null) {
                        value = inlineValue;
                    } else if (i + 1 < args.size()) {
                        value = args.get(++i);
                    } else {
                        problems.add(name + " needs a value");
                        continue;
                    }
                    if (name.equals("--port")) {
                        portText = value;
                        portSource = "--port";
                    } else if (name.equals("--host")) {
                        host = value;
                        hostSource = "--host";
                    } else {
                        dataDirectory = value;
                    }
                }
                default -> problems.add("unknown option '" + arg + "'");
            }
        }
        if (dataDirectory == null) {
            dataDirectory = environment.get("KNEADWISE_DATA_DIR");
        }
        if (dataDirectory != null && dataDirectory.isBlank()) {
            problems.add("the data directory must not be empty");
        }
        String externalDatabase = environment.getOrDefault("KNEADWISE_DB_URL", "");
        if (demo && !externalDatabase.isBlank() && !demoOnExternal) {
            problems.add("--demo adds demo accounts with published passwords; KNEADWISE_DB_URL names an external"
                    + " database, so say it twice: --demo --demo-on-external-database");
        }
        if (host == null || host.isBlank()) {
            host = LOOPBACK;
        }
        host = host.strip();
        boolean loopback = isLoopback(host, hostSource, problems);
        if (demo && !loopback && !demoOnNetwork) {
            problems.add("--demo adds demo accounts with published passwords; " + hostSource + " '" + host
                    + "' opens the service to a network, so say it twice: --demo --demo-on-network");
        }
        int port = portText == null ? ServeCommand.DEFAULT_PORT : parsePort(portText, portSource, problems);
        boolean jsonLogs = jsonLogs(environment.getOrDefault("KNEADWISE_LOG_FORMAT", ""), problems);
        return new ServeOptions(port, host, Optional.ofNullable(dataDirectory), demo, jsonLogs, List.copyOf(problems));
    }

    /** {@code json}: one JSON object per line (Elastic Common Schema), for a log collector; {@code text} or unset: lines for people. */
    private static boolean jsonLogs(String format, List<String> problems) {
        return switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "", "text" -> false;
            case "json" -> true;
            default -> {
                problems.add("KNEADWISE_LOG_FORMAT must be 'json' or 'text', not '" + format + "'");
                yield false;
            }
        };
    }

    /** Whether every address the host names is a loopback one; an unknown host is a problem (and not loopback). */
    private static boolean isLoopback(String host, String source, List<String> problems) {
        try {
            InetAddress[] addresses = InetAddress.getAllByName(host);
            for (InetAddress address : addresses) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException | SecurityException unknown) {
            problems.add(source + " '" + host + "' is not an address of this machine or a host name it can resolve");
            return false;
        }
    }

    private static int parsePort(String text, String source, List<String> problems) {
        try {
            int port = Integer.parseInt(text.strip());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, with the same message as an out-of-range number
        }
        problems.add(source + " must be a whole number from 1 to 65535 (0 picks a free port), not '" + text + "'");
        return -1;
    }
}
