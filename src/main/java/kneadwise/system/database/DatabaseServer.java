package kneadwise.system.database;

/** Where the application's database is and how to log in to it. */
public interface DatabaseServer extends AutoCloseable {

    String jdbcUrl();

    String user();

    String password();

    /** For the start-up log line; never contains the password. */
    String description();

    /** Stops the server if this process started it; an external server is left alone. */
    @Override
    void close();
}
