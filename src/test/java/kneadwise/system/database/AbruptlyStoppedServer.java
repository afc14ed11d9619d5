package kneadwise.system.database;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link LeftoverPostmasterTest}: starts the embedded database, commits a row, says READY and
 * waits to be killed.
 */
public final class AbruptlyStoppedServer {

    private AbruptlyStoppedServer() {}

    public static void main(String[] args) throws InterruptedException {
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]));
        EmbeddedDatabaseTest.execute(database, "CREATE TABLE note (text text NOT NULL)");
        EmbeddedDatabaseTest.execute(database, "INSERT INTO note VALUES ('committed before the crash')");
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
