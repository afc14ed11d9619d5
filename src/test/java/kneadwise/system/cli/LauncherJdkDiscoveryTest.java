package kneadwise.system.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import kneadwise.testing.Launcher;
import kneadwise.testing.Launcher.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How ./kneadwise finds a JDK 21+: JAVA_HOME first, then the newest under the JVM directories, else a clear error. */
class LauncherJdkDiscoveryTest {

    @TempDir
    Path jvms;

    @Test
    void takesJavaHomeWhenItIsAJdk21OrNewer() throws Exception {
        Path jdk21 = fakeJdk("jdk-21", "21.0.5");
        fakeJdk("jdk-25", "25.0.1");

        Result result =
                Launcher.run(Map.of("JAVA_HOME", jdk21.toString(), "KNEADWISE_JVM_DIRS", jvms.toString()), "jdk");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout().strip()).isEqualTo(jdk21.toString());
    }

    @Test
    void passesOverAnOldJavaHomeToTheNewestJdkInstalled() throws Exception {
        Path jdk17 = fakeJdk("java-17-openjdk", "17.0.15");
        fakeJdk("jdk-21", "21.0.5");
        Path jdk25 = fakeJdk("temurin-25", "25.0.3");

        Result result =
                Launcher.run(Map.of("JAVA_HOME", jdk17.toString(), "KNEADWISE_JVM_DIRS", jvms.toString()), "jdk");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout().strip()).isEqualTo(jdk25.toString());
        assertThat(result.stderr()).contains("is not a JDK 21 or newer");
    }

    @Test
    void aJreIsNotEnoughBecauseTheBuildNeedsACompiler() throws Exception {
        Path jre = fakeJdk("jre-25", "25.0.3");
        Files.delete(jre.resolve("bin/javac"));

        Result result = Launcher.run(Map.of("JAVA_HOME", "", "KNEADWISE_JVM_DIRS", jvms.toString()), "jdk");

        assertThat(result.exitCode()).isEqualTo(1);
    }

    @Test
    void saysWhatToInstallWhenThereIsNoJdk21() throws Exception {
        fakeJdk("java-17-openjdk", "17.0.15");

        Result result = Launcher.run(Map.of("JAVA_HOME", "", "KNEADWISE_JVM_DIRS", jvms.toString()), "serve");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("no JDK 21 or newer found", "Install one", "JAVA_HOME");
    }

    /** A directory shaped like a JDK: a release file and executables that do nothing. */
    private Path fakeJdk(String name, String version) throws IOException {
        Path home = Files.createDirectories(jvms.resolve(name).resolve("bin")).getParent();
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        for (String tool : new String[] {"java", "javac"}) {
            Path executable = Files.writeString(home.resolve("bin").resolve(tool), "#!/bin/sh\nexit 0\n");
            Files.setPosixFilePermissions(executable, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return home;
    }
}
