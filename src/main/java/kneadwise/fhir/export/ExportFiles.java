package kneadwise.fhir.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** The NDJSON files on disk: a folder per job, named by its id, with files {@code 1.ndjson}, {@code 2.ndjson}... */
@Component
class ExportFiles {

    private final Path directory;

    ExportFiles(ExportSettings settings) {
        this.directory = settings.directory();
    }

    Path of(UUID job, int number) {
        return directory.resolve(job.toString()).resolve(number + ".ndjson");
    }

    /** An empty directory for the job (what a node that died left there is deleted first). */
    Path fresh(UUID job) throws IOException {
        delete(job);
        return Files.createDirectories(directory.resolve(job.toString()));
    }

    void delete(UUID job) {
        Path folder = directory.resolve(job.toString());
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The jobs that have a folder here. */
    Set<UUID> folders() throws IOException {
        if (!Files.isDirectory(directory)) {
            return Set.of();
        }
        try (Stream<Path> folders = Files.list(directory)) {
            return folders.map(folder -> folder.getFileName().toString())
                    .filter(ExportFiles::isJobId)
                    .map(UUID::fromString)
                    .collect(Collectors.toSet());
        }
    }

    /** Only what we made is ever deleted, whatever else an operator keeps in the directory. */
    private static boolean isJobId(String name) {
        try {
            return UUID.fromString(name).toString().equals(name);
        } catch (IllegalArgumentException notOurs) {
            return false;
        }
    }
}
