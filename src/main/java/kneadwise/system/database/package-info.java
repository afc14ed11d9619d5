/**
 * The PostgreSQL database: an embedded server in the data directory by default, or an external one from
 * {@code KNEADWISE_DB_URL}; the connection pool; migrations run by Flyway at start-up.
 */
@NullMarked
package kneadwise.system.database;

import org.jspecify.annotations.NullMarked;
