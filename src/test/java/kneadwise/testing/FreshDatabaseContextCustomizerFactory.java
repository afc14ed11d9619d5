package kneadwise.testing;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Points the application of a {@link FreshDatabase} test class at a new database of its own. The customizer is equal
 * only for the same class, so Spring never hands one class's context (and data) to another.
 */
final class FreshDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public @Nullable ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        if (!TestContextAnnotationUtils.hasAnnotation(testClass, FreshDatabase.class)) {
            return null;
        }
        return new FreshDatabaseCustomizer(testClass.getName());
    }

    private static String temporaryDataDirectory() {
        try {
            java.nio.file.Path directory = java.nio.file.Files.createTempDirectory("kneadwise-test-data");
            directory.toFile().deleteOnExit();
            return directory.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private record FreshDatabaseCustomizer(String testClassName) implements ContextCustomizer {

        private static final String SIGN_UPS_PER_CLIENT = "kneadwise.accounts.sign-ups-per-client-per-hour";

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            TestDatabase database =
                    TestPostgres.get().freshDatabase(testClassName.substring(testClassName.lastIndexOf('.') + 1));
            Map<String, Object> properties = new java.util.HashMap<>(Map.of(
                    "kneadwise.db.url",
                    database.jdbcUrl(),
                    "kneadwise.db.user",
                    database.user(),
                    "kneadwise.db.password",
                    "",
                    // Local files (the mail outbox) go to a folder of this test's own, not the checkout's ./data.
                    "kneadwise.data-dir",
                    temporaryDataDirectory(),
                    // Mail leaves the outbox table within a tenth of a second, and a failed try is repeated soon.
                    "kneadwise.mail.delivery-interval-ms",
                    "100",
                    "kneadwise.mail.retry-base-ms",
                    "200"));
            // Every test signs people up from 127.0.0.1; the class that tests this limit sets its own.
            boolean ownSignUpLimit = java.util.Arrays.stream(config.getPropertySourceProperties())
                    .anyMatch(property -> property.startsWith(SIGN_UPS_PER_CLIENT));
            if (!ownSignUpLimit) {
                properties.put(SIGN_UPS_PER_CLIENT, "1000000");
            }
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("fresh-test-database", properties));
        }
    }
}
