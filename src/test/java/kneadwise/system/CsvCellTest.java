package kneadwise.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 16, item 8: no CSV cell opens as a formula, whatever its first line. */
class CsvCellTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=HYPERLINK(\"http://x\")",
                "+1",
                "-2+3",
                "@SUM(A1)",
                "\t=1",
                "\r=1",
                " =1",
                "\n=cmd|' /C calc'!A0",
                "=1\nsecond line",
                "\r\n@x"
            })
    void aCellThatCouldRunAsAFormulaIsDefused(String text) {
        assertThat(CsvCell.of(text)).startsWith("\"'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dana Practice", "SWEDISH", "O'Neil", "a = b", "50% - 60%", ""})
    void ordinaryTextIsOnlyQuoted(String text) {
        assertThat(CsvCell.of(text)).isEqualTo("\"" + text + "\"");
    }

    @Test
    void quotesAreDoubled() {
        assertThat(CsvCell.of("Dana \"the hands\" Loop")).isEqualTo("\"Dana \"\"the hands\"\" Loop\"");
    }
}
