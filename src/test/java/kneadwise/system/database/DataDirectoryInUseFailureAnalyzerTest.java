package kneadwise.system.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

class DataDirectoryInUseFailureAnalyzerTest {

    @Test
    void explainsTheRefusalAndWhatToDo() {
        DataDirectoryInUseException refused = new DataDirectoryInUseException(Path.of("/srv/data"), "4242");

        FailureAnalysis analysis = new DataDirectoryInUseFailureAnalyzer()
                .analyze(new IllegalStateException("bean creation failed", refused));

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription())
                .contains("Another Kneadwise server (process 4242) is already using the data directory /srv/data")
                .contains("did not start");
        assertThat(analysis.getAction()).contains("--data-dir");
    }
}
