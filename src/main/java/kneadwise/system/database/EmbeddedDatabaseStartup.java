package kneadwise.system.database;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** An embedded database starting on a thread of its own; see {@link EarlyDatabaseStart}. */
final class EmbeddedDatabaseStartup implements AutoCloseable {

    private final Path dataDirectory;
    private final CompletableFuture<EmbeddedDatabase> database;

    private EmbeddedDatabaseStartup(Path dataDirectory, CompletableFuture<EmbeddedDatabase> database) {
        this.dataDirectory = dataDirectory;
        this.database = database;
    }

    static EmbeddedDatabaseStartup begin(Path dataDirectory) {
        CompletableFuture<EmbeddedDatabase> database = new CompletableFuture<>();
        Thread.ofPlatform().name("embedded-database-start").start(() -> {
            try {
                database.complete(EmbeddedDatabase.start(dataDirectory));
            } catch (RuntimeException | Error e) {
                database.completeExceptionally(e);
            }
        });
        return new EmbeddedDatabaseStartup(dataDirectory, database);
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    /** Waits for the server; a failure to start is rethrown as it happened (for the failure analysers). */
    EmbeddedDatabase await() {
        try {
            return database.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Stops the server even when the application failed before it took it over. */
    @Override
    public void close() {
        database.thenAccept(EmbeddedDatabase::close)
                .exceptionally(failedToStart -> null)
                .join();
    }
}
