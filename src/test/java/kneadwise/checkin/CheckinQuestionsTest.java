package kneadwise.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kneadwise.assessment.Finding;
import kneadwise.evidence.EvidenceBase;
import kneadwise.testing.ReadingGrade;
import org.junit.jupiter.api.Test;

/** The check-in's questions: every finding asked once, in plain words, and printable with the PDF's fonts. */
class CheckinQuestionsTest {

    static List<String> allTexts() {
        List<String> texts = new ArrayList<>();
        CheckinQuestions.WARNING_SIGNS.forEach(sign -> texts.add(sign.text()));
        CheckinQuestions.NEEDS_CARE.forEach(sign -> texts.add(sign.text()));
        texts.addAll(CheckinQuestions.START_BACK_ITEMS);
        texts.addAll(CheckinQuestions.BOTHERSOMENESS.values());
        texts.addAll(CheckinQuestions.ROLAND_MORRIS);
        CheckinQuestions.OSWESTRY.forEach(section -> {
            texts.add(section.topic());
            texts.addAll(section.answers());
        });
        return texts;
    }

    @Test
    void everyFindingIsAskedExactlyOnce() {
        Set<Finding> asked = EnumSet.noneOf(Finding.class);
        List<Finding> inOrder = new ArrayList<>();
        CheckinQuestions.WARNING_SIGNS.forEach(sign -> inOrder.add(sign.finding()));
        CheckinQuestions.NEEDS_CARE.forEach(sign -> inOrder.add(sign.finding()));
        asked.addAll(inOrder);

        assertThat(inOrder).hasSize(Finding.values().length);
        assertThat(asked).containsExactlyInAnyOrder(Finding.values());
    }

    @Test
    void theQuestionnairesKeepTheirItemCounts() {
        assertThat(CheckinQuestions.START_BACK_ITEMS).hasSize(8);
        assertThat(CheckinQuestions.ROLAND_MORRIS).hasSize(24);
        assertThat(CheckinQuestions.OSWESTRY)
                .hasSize(10)
                .allSatisfy(section -> assertThat(section.answers()).hasSize(6));
    }

    /** Flesch-Kincaid means nothing for a one-word answer ("Moderately"): only texts of six words or more. */
    @Test
    void questionsReadAtGradeNineOrBelow() {
        assertThat(allTexts().stream()
                        .filter(text -> text.split("\\s+").length >= 6)
                        .toList())
                .hasSizeGreaterThan(80)
                .allSatisfy(text -> assertThat(ReadingGrade.of(text)).as(text).isLessThanOrEqualTo(9.0));
    }

    /** The PDF uses the standard PDF fonts (decision 0011): plain ASCII prints everywhere. */
    @Test
    void everyTextThePdfCanShowIsPlainAscii() throws IOException {
        List<String> texts = allTexts();
        try (InputStream evidence = EvidenceBase.class.getResourceAsStream(EvidenceBase.BUNDLED_RESOURCE)) {
            assertThat(evidence).isNotNull();
            texts.add(new String(evidence.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertThat(texts).allSatisfy(text -> assertThat(text).matches("\\p{ASCII}*"));
    }
}
