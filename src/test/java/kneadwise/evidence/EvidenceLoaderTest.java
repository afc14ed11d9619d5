package kneadwise.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class EvidenceLoaderTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theBundledEvidenceBaseLoads() {
        EvidenceBase evidence = EvidenceBase.bundled();

        assertThat(evidence.version()).isEqualTo("2026.2");
        assertThat(evidence.updatePolicy()).isNotBlank();
        assertThat(evidence.nextReview()).isAfter(evidence.date());
        assertThat(evidence.sources())
                .allSatisfy(source -> assertThat(source.citation()).contains(String.valueOf(source.year())));
        assertThat(evidence.statements()).hasSizeGreaterThan(10);
        assertThat(evidence.statements()).allSatisfy(statement -> {
            assertThat(statement.sources()).isNotEmpty();
            assertThat(statement.sources())
                    .allSatisfy(source -> assertThat(source.doi() != null || source.url() != null)
                            .isTrue());
        });
        assertThat(evidence.claimCheck().claims()).hasSize(8);
    }

    @Test
    void citesTheSourcesExactlyAsClinicalMdSectionEightWritesThem() {
        EvidenceBase evidence = EvidenceBase.bundled();

        assertThat(evidence.sources())
                .filteredOn(source -> source.id().equals("mak2024"))
                .singleElement()
                .satisfies(mak -> {
                    assertThat(mak.citation())
                            .isEqualTo("Mak S, Allen J, Begashaw M, et al. Use of Massage Therapy for Pain, 2018-2023:"
                                    + " A Systematic Review. JAMA Netw Open. 2024;7(7):e2422259.");
                    assertThat(mak.doi()).isEqualTo("10.1001/jamanetworkopen.2024.22259");
                });
    }

    @Test
    void theConditionsUseTheEnginesOwnNames() {
        // Guarded here, on the evidence side, by the vocabulary; the engine's enums are checked against it too.
        assertThat(Applicability.PHASES).containsExactlyInAnyOrder("ACUTE", "SUBACUTE", "CHRONIC");
    }

    @Test
    void refusesAStatementCitingAnUnknownSource() throws IOException {
        ObjectNode data = bundledData();
        statement(data, 0).putArray("sources").add("nobody2099");

        assertThatThrownBy(() -> load(data))
                .isInstanceOf(InvalidEvidenceBaseException.class)
                .hasMessageContaining("statement side-effects cites an unknown source \"nobody2099\"");
    }

    @Test
    void refusesAStatementWithoutCertainty() throws IOException {
        ObjectNode data = bundledData();
        statement(data, 1).remove("certainty");

        assertThatThrownBy(() -> load(data)).hasMessageContaining("statement benefit-vs-no-treatment has no certainty");
    }

    @Test
    void refusesAnUnknownCertainty() throws IOException {
        ObjectNode data = bundledData();
        statement(data, 1).put("certainty", "FAIRLY_SURE");

        assertThatThrownBy(() -> load(data)).hasMessageContaining("unknown certainty 'FAIRLY_SURE'");
    }

    @Test
    void refusesDuplicateIds() throws IOException {
        ObjectNode data = bundledData();
        statement(data, 2).put("id", "side-effects");
        ((ObjectNode) data.get("sources").get(1)).put("id", "furlan2015");

        assertThatThrownBy(() -> load(data))
                .hasMessageContaining("two statements have the id side-effects")
                .hasMessageContaining("two sources have the id furlan2015");
    }

    @Test
    void listsEveryProblemAtOnce() throws IOException {
        ObjectNode data = bundledData();
        statement(data, 0).remove("certainty");
        statement(data, 1).putArray("sources").add("unknown");
        statement(data, 2).set("appliesTo", JSON.readTree("{\"phases\": [\"FOREVER\"]}"));
        ((ObjectNode) data.get("claims").get(0)).putArray("allOf").addArray().add("(unclosed");

        assertThatThrownBy(() -> load(data))
                .isInstanceOfSatisfying(
                        InvalidEvidenceBaseException.class,
                        invalid -> assertThat(invalid.problems()).hasSize(4));
    }

    @Test
    void refusesASourceWithNeitherDoiNorUrl() throws IOException {
        ObjectNode data = bundledData();
        ObjectNode source = (ObjectNode) data.get("sources").get(0);
        source.remove("doi");
        source.remove("url");

        assertThatThrownBy(() -> load(data)).hasMessageContaining("source furlan2015 has neither a DOI nor a URL");
    }

    @Test
    void statementsAreChosenByPhaseAndTriageLevel() {
        EvidenceBase evidence = EvidenceBase.bundled();

        Set<String> emergency = ids(evidence, "CHRONIC", "EMERGENCY");
        Set<String> chronic = ids(evidence, "CHRONIC", "MASSAGE_SUITABLE");
        Set<String> acute = ids(evidence, "ACUTE", "MASSAGE_SUITABLE");

        assertThat(emergency)
                .as("the emergency answer shows only what to do now")
                .isEmpty();
        assertThat(chronic).contains("who-chronic", "guideline-chronic").doesNotContain("heat-early");
        assertThat(acute).contains("heat-early", "benefit-new-pain").doesNotContain("who-chronic");
    }

    @Test
    void theOptionsFollowClinicalMdSectionFiveA() {
        EvidenceBase evidence = EvidenceBase.bundled();

        assertThat(evidence.optionsFor("ACUTE"))
                .extracting(TreatmentOption::name)
                .containsExactly(
                        "Staying active and waiting",
                        "Heat",
                        "Massage",
                        "Acupuncture",
                        "Spinal manipulation",
                        "Medicines, if you want one");
        assertThat(evidence.optionsFor("SUBACUTE")).isEqualTo(evidence.optionsFor("ACUTE"));
        assertThat(evidence.optionsFor("CHRONIC"))
                .extracting(TreatmentOption::id, TreatmentOption::certainty)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("exercise", Certainty.MODERATE),
                        org.assertj.core.groups.Tuple.tuple("mindfulness", Certainty.MODERATE),
                        org.assertj.core.groups.Tuple.tuple("yoga", Certainty.LOW),
                        org.assertj.core.groups.Tuple.tuple("massage-chronic", Certainty.VERY_LOW));
        assertThat(evidence.optionsFor("ACUTE"))
                .filteredOn(option -> option.id().equals("heat"))
                .singleElement()
                .extracting(TreatmentOption::certainty)
                .isEqualTo(Certainty.MODERATE);
    }

    @Test
    void refusesASourceWhoseYearItsCitationDoesNotShow() throws IOException {
        ObjectNode data = bundledData();
        ((ObjectNode) ((ArrayNode) data.get("sources")).get(0)).put("year", 1999);

        assertThatThrownBy(() -> load(data)).hasMessageContaining("source furlan2015 has no year");
    }

    @Test
    void refusesAnOptionWithAnUnknownWish() throws IOException {
        ObjectNode data = bundledData();
        ((ObjectNode) ((ArrayNode) data.get("options")).get(0)).putArray("fits").add("FREE_PONY");

        assertThatThrownBy(() -> load(data)).hasMessageContaining("fits: unknown name \"FREE_PONY\"");
    }

    private static Set<String> ids(EvidenceBase evidence, String phase, String level) {
        return evidence.statementsFor(phase, level).stream().map(Statement::id).collect(Collectors.toSet());
    }

    private static ObjectNode statement(ObjectNode data, int index) {
        return (ObjectNode) ((ArrayNode) data.get("statements")).get(index);
    }

    private static ObjectNode bundledData() throws IOException {
        try (InputStream in = EvidenceBase.class.getResourceAsStream(EvidenceBase.BUNDLED_RESOURCE)) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    private static EvidenceBase load(ObjectNode data) {
        return EvidenceLoader.load(
                new ByteArrayInputStream(JSON.writeValueAsString(data).getBytes(StandardCharsets.UTF_8)));
    }
}
