package kneadwise.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import kneadwise.testing.DatabaseTest;
import kneadwise.testing.TestDatabase;
import kneadwise.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

@DatabaseTest
class MigrationsTest {

    @Test
    void everyMigrationFileIsAppliedSuccessfully(TestDatabase database) throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*.sql");
        List<String> scripts =
                Arrays.stream(files).map(Resource::getFilename).sorted().toList();

        List<String> applied = database.jdbc()
                .sql("SELECT script FROM flyway_schema_history WHERE success ORDER BY installed_rank")
                .query(String.class)
                .list();

        assertThat(scripts).isNotEmpty();
        assertThat(applied).containsExactlyElementsOf(scripts);
    }

    @Test
    void migrationFilesAreNamedByModule() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/*");

        assertThat(Arrays.stream(files).map(Resource::getFilename))
                .allMatch(name -> name.matches("V\\d{3}__[a-z]+_[a-z0-9_]+\\.sql"), "V###__<module>_<change>.sql");
    }

    @Test
    void eachTestClassGetsADatabaseOfItsOwn(TestDatabase database) {
        TestDatabase another = TestPostgres.get().freshDatabase("another class");
        database.jdbc()
                .sql("INSERT INTO system_installation (id, created_at) VALUES (gen_random_uuid(), now())")
                .update();

        assertThat(another.name()).isNotEqualTo(database.name());
        assertThat(countInstallations(database)).isEqualTo(1);
        assertThat(countInstallations(another)).isZero();
    }

    private static int countInstallations(TestDatabase database) {
        return database.jdbc()
                .sql("SELECT count(*) FROM system_installation")
                .query(Integer.class)
                .single();
    }
}
