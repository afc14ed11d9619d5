package kneadwise.system.database;

/** A PostgreSQL server run by someone else, chosen with {@code KNEADWISE_DB_URL}. */
record ExternalDatabase(String jdbcUrl, String user, String password) implements DatabaseServer {

    @Override
    public String description() {
        return "external PostgreSQL at " + jdbcUrl.replaceAll("password=[^&]*", "password=***");
    }

    @Override
    public void close() {
        // Not ours to stop.
    }
}
