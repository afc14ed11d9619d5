package kneadwise.system.database;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Another server already uses this data directory; starting a second one on it would corrupt the database. */
public final class DataDirectoryInUseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Path directory;

    DataDirectoryInUseException(Path directory, @Nullable String holderPid) {
        super("Another Kneadwise server"
                + (holderPid == null ? "" : " (process " + holderPid + ")")
                + " is already using the data directory "
                + directory.toAbsolutePath().normalize() + ".");
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}
