package kneadwise.system.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kneadwise.system.Mail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderTransportTest {

    @TempDir
    Path dataDirectory;

    @Test
    void writesEachMailAsAFileAnyMailProgramOpens() throws Exception {
        FolderTransport outbox =
                new FolderTransport(dataDirectory.resolve("outbox"), "Kneadwise <no-reply@example.org>");

        outbox.deliver(new Mail("pat@example.org", "Set a new password", "Open this link: http://localhost/x"));
        outbox.deliver(new Mail("sam@example.org", "Zweite Nachricht über Rücken", "Grüße"));

        List<Path> files;
        try (Stream<Path> listed = Files.list(dataDirectory.resolve("outbox"))) {
            files = listed.sorted().toList();
        }
        assertThat(files)
                .hasSize(2)
                .allSatisfy(file -> assertThat(file.toString()).endsWith(".eml"));
        String all = Files.readString(files.get(0)) + Files.readString(files.get(1));
        assertThat(all)
                .contains("To: pat@example.org", "Subject: Set a new password", "Open this link: http://localhost/x")
                .contains("From: Kneadwise <no-reply@example.org>", "To: sam@example.org");
    }
}
