package kneadwise.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;
import kneadwise.system.FieldProblem;
import kneadwise.system.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The directory search's query parameters (CONTRACT.md section 8): defaults, each filter, and every bad one named. */
class SearchQueryTest {

    static final PostalCodes POSTAL_CODES = new PostalCodes();

    @Test
    void aZipCodeAloneSearchesWithTheDefaults() {
        SearchQuery query = SearchQuery.read(Map.of("postalCode", "02110"), POSTAL_CODES);

        assertThat(query.search().near()).isEqualTo(POSTAL_CODES.locate("02110").orElseThrow());
        assertThat(query.search().radiusKm()).isEqualTo(SearchQuery.DEFAULT_RADIUS_KM);
        assertThat(query.search().limit()).isEqualTo(SearchQuery.DEFAULT_LIMIT);
        assertThat(query.search().pregnancyTrained()).isFalse();
        assertThat(query.pregnancyTrained())
                .as("not said, so the check-in may decide")
                .isNull();
        assertThat(query.course().required()).isFalse();
        assertThat(query.course().sessions()).isEqualTo(CourseWanted.DEFAULT_SESSIONS);
    }

    @Test
    void everyFilterIsRead() {
        SearchQuery query = SearchQuery.read(
                Map.ofEntries(
                        Map.entry("lat", "42.36"),
                        Map.entry("lon", "-71.06"),
                        Map.entry("radiusKm", "10.5"),
                        Map.entry("technique", "SWEDISH"),
                        Map.entry("maxPrice", "80"),
                        Map.entry("language", "es"),
                        Map.entry("pregnancyTrained", "true"),
                        Map.entry("insurance", " Aetna "),
                        Map.entry("gender", "female"),
                        Map.entry("limit", "5"),
                        Map.entry("weekday", "tuesday"),
                        Map.entry("time", "18:00"),
                        Map.entry("sessions", "4")),
                POSTAL_CODES);

        TherapistSearch search = query.search();
        assertThat(search.near()).isEqualTo(new GeoPoint(42.36, -71.06));
        assertThat(search.radiusKm()).isEqualTo(10.5);
        assertThat(search.technique()).isEqualTo(Technique.SWEDISH);
        assertThat(search.maxPrice()).isEqualByComparingTo(new BigDecimal("80"));
        assertThat(search.language()).isEqualTo("es");
        assertThat(search.pregnancyTrained()).isTrue();
        assertThat(query.pregnancyTrained()).isTrue();
        assertThat(search.insurance()).isEqualTo("Aetna");
        assertThat(search.gender()).isEqualTo("female");
        assertThat(search.limit()).isEqualTo(5);
        assertThat(query.course()).isEqualTo(new CourseWanted(DayOfWeek.TUESDAY, LocalTime.of(18, 0), 4, true));
    }

    @Test
    void everyBadParameterIsNamedAtOnce() {
        assertThatThrownBy(() -> SearchQuery.read(
                        Map.ofEntries(
                                Map.entry("lat", "91"),
                                Map.entry("lon", "east"),
                                Map.entry("radiusKm", "501"),
                                Map.entry("technique", "CRACKING"),
                                Map.entry("maxPrice", "-1"),
                                Map.entry("language", "english"),
                                Map.entry("pregnancyTrained", "maybe"),
                                Map.entry("insurance", "x".repeat(61)),
                                Map.entry("limit", "101"),
                                Map.entry("weekday", "someday"),
                                Map.entry("time", "6pm"),
                                Map.entry("sessions", "13")),
                        POSTAL_CODES))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid -> assertThat(invalid.problems())
                                .extracting(FieldProblem::field)
                                .containsExactlyInAnyOrder(
                                        "lat",
                                        "lon",
                                        "radiusKm",
                                        "technique",
                                        "maxPrice",
                                        "language",
                                        "pregnancyTrained",
                                        "insurance",
                                        "limit",
                                        "weekday",
                                        "time",
                                        "sessions"));
    }

    @Test
    void aPlaceIsNeededAndAnUnknownZipCodeIsSaidToBeOne() {
        assertThatThrownBy(() -> SearchQuery.read(Map.of(), POSTAL_CODES))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid -> assertThat(invalid.problems())
                                .containsExactly(
                                        new FieldProblem("lat", "give lat and lon, or a postalCode"),
                                        new FieldProblem("lon", "give lat and lon, or a postalCode")));
        assertThatThrownBy(() -> SearchQuery.read(Map.of("postalCode", "00000"), POSTAL_CODES))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid -> assertThat(invalid.problems())
                                .containsExactly(new FieldProblem("postalCode", "is not a US ZIP code we know")));
    }
}
