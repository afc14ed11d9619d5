package kneadwise.system.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What {@code ./kneadwise --version} prints: the version and the commit this jar was built from, as the build wrote
 * them ({@code META-INF/build-info.properties} from Spring Boot's plugin, {@code git.properties} from the
 * git-commit-id plugin). A build outside a Git checkout has no commit, and says so.
 */
record BuildVersion(String version, String commit, boolean dirty, String builtAt) {

    static BuildVersion ofThisBuild() {
        Properties build = load("META-INF/build-info.properties");
        Properties git = load("git.properties");
        return new BuildVersion(
                build.getProperty("build.version", "unknown"),
                git.getProperty("git.commit.id", ""),
                Boolean.parseBoolean(git.getProperty("git.dirty", "false")),
                build.getProperty("build.time", "unknown"));
    }

    String describe() {
        String from = commit.isEmpty()
                ? "built outside a Git checkout"
                : "commit " + commit + (dirty ? " with uncommitted changes" : "");
        return "Kneadwise " + version + " (" + from + ", built " + builtAt + ")";
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = BuildVersion.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return properties;
    }
}
