package kneadwise.system.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jspecify.annotations.Nullable;

/**
 * An exclusive lock on a data directory, held for as long as one server uses it. The operating system drops the lock
 * when the process ends, however it ends, so a crash never leaves the directory locked.
 */
final class DataDirectoryLock implements AutoCloseable {

    static final String FILE_NAME = "kneadwise.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks {@code directory}, creating it if needed, or throws {@link DataDirectoryInUseException}. */
    static DataDirectoryLock acquire(Path directory) {
        Path lockFile = directory.resolve(FILE_NAME);
        try {
            Files.createDirectories(directory);
            FileChannel channel = FileChannel.open(
                    lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            @Nullable FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = Files.readString(lockFile).strip();
                channel.close();
                throw new DataDirectoryInUseException(directory, holder.isEmpty() ? null : holder);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(
                    String.valueOf(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
            return new DataDirectoryLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock the data directory " + directory.toAbsolutePath(), e);
        }
    }

    private static @Nullable FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
