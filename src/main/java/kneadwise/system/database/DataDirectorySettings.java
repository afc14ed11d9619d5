package kneadwise.system.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code kneadwise.data-dir} ({@code KNEADWISE_DATA_DIR}, {@code serve --data-dir}): where local files live. */
@ConfigurationProperties("kneadwise")
public record DataDirectorySettings(
        @DefaultValue(DataDirectorySettings.DEFAULT) Path dataDir) {

    static final String DEFAULT = "data";
}
