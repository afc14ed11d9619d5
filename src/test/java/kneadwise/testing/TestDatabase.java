package kneadwise.testing;

import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A database of one test class, already migrated. */
public record TestDatabase(String name, String jdbcUrl, String user) {

    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbcUrl);
        dataSource.setUser(user);
        return dataSource;
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource());
    }
}
