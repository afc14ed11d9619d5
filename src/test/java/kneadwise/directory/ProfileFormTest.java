package kneadwise.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import kneadwise.system.FieldProblem;
import kneadwise.system.InvalidInputException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A therapist's profile read once for the API's JSON and the page's form: the same profile, every bad field named. */
class ProfileFormTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final PostalCodes POSTAL_CODES = new PostalCodes();

    @Test
    void theJsonAndTheFormGiveTheSameProfile() {
        Therapist fromJson = ProfileForm.of(JSON.readTree("""
                        {"name": "Flo Harbor", "licenceState": "ma", "licenceNumber": "MT 1234", "techniques": ["SWEDISH",
                         "MYOFASCIAL_RELEASE"], "languages": ["EN", "es"], "pricePerSession": 72.50, "postalCode": "02110",
                         "pregnancyTrained": true, "insurance": ["Aetna"]}""")).check(POSTAL_CODES);
        Therapist fromForm = ProfileForm.of(Map.of(
                        "name", List.of(" Flo Harbor "),
                        "licenceState", List.of("ma"),
                        "licenceNumber", List.of("MT 1234"),
                        "techniques", List.of("SWEDISH", "MYOFASCIAL_RELEASE"),
                        "languages", List.of("EN", "es"),
                        "pricePerSession", List.of("72.50"),
                        "postalCode", List.of("02110"),
                        "pregnancyTrained", List.of("true"),
                        "insurance", List.of("Aetna")))
                .check(POSTAL_CODES);

        for (Therapist profile : List.of(fromJson, fromForm)) {
            assertThat(profile.name()).isEqualTo("Flo Harbor");
            assertThat(profile.licenceState()).isEqualTo("MA");
            assertThat(profile.techniques()).containsExactly(Technique.SWEDISH, Technique.MYOFASCIAL_RELEASE);
            assertThat(profile.languages()).containsExactly("en", "es");
            assertThat(profile.pricePerSession()).isEqualByComparingTo(new BigDecimal("72.50"));
            assertThat(profile.location())
                    .isEqualTo(POSTAL_CODES.locate("02110").orElseThrow());
            assertThat(profile.timeZone()).as("from the ZIP code's state").isEqualTo(ZoneId.of("America/New_York"));
            assertThat(profile.sessionMinutes()).as("the default").isEqualTo(60);
            assertThat(profile.cancellationNoticeHours()).as("the default").isEqualTo(24);
            assertThat(profile.pregnancyTrained()).isTrue();
            assertThat(profile.insurance()).containsExactly("Aetna");
        }
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        List<FieldProblem> problems = problems(Map.of(
                "licenceState", List.of("Mass"),
                "techniques", List.of("CRACKING"),
                "languages", List.of("english"),
                "pricePerSession", List.of("1001"),
                "postalCode", List.of("00000"),
                "sessionMinutes", List.of("5"),
                "cancellationNoticeHours", List.of("200"),
                "pregnancyTrained", List.of("perhaps")));

        assertThat(problems)
                .extracting(FieldProblem::field)
                .contains(
                        "name",
                        "licenceState",
                        "techniques",
                        "languages",
                        "pricePerSession",
                        "postalCode",
                        "sessionMinutes",
                        "cancellationNoticeHours",
                        "pregnancyTrained");
    }

    @Test
    void aLineBreakInAFieldAndANonObjectBodyAreRefused() {
        assertThat(problems(Map.of("name", List.of("Flo\nHarbor"))))
                .extracting(FieldProblem::field)
                .contains("name");
        try {
            ProfileForm.of(JSON.readTree("[]")).check(POSTAL_CODES);
        } catch (InvalidInputException invalid) {
            assertThat(invalid.problems())
                    .extracting(FieldProblem::field)
                    .first()
                    .isEqualTo("$");
            return;
        }
        throw new AssertionError("a list was taken for a profile");
    }

    private static List<FieldProblem> problems(Map<String, List<String>> form) {
        try {
            ProfileForm.of(form).check(POSTAL_CODES);
        } catch (InvalidInputException invalid) {
            return invalid.problems();
        }
        throw new AssertionError("not refused: " + form);
    }
}
