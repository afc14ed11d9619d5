package kneadwise.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import kneadwise.checkin.QuestionsView;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.Questionnaire;
import org.junit.jupiter.api.Test;

/** Every definition we serve passes HAPI's instance validator with no errors (CONTRACT.md section 10). */
class DefinitionsValidateTest {

    @Test
    void everyQuestionnaireCodeSystemAndValueSetIsValidR4() {
        List<MetadataResource> definitions = new ArrayList<>();
        definitions.addAll(Questionnaires.all(QuestionsView.questions()));
        definitions.addAll(CodeSystems.all());
        definitions.addAll(CodeSystems.valueSets());

        for (MetadataResource definition : definitions) {
            assertThat(FhirValidation.errorsIn(definition))
                    .as(definition.fhirType() + "/" + definition.getIdElement().getIdPart())
                    .isEmpty();
        }
        assertThat(definitions).hasSize(6 + 6 + 6); // four instruments, the check-in, the session log; six code systems
    }

    @Test
    void theValidatorFindsWhatIsWrongInABrokenOne() {
        Questionnaire broken = Questionnaires.pain();
        broken.setStatus(null); // required
        broken.getItemFirstRep().setLinkId(null); // required

        assertThat(FhirValidation.errorsIn(broken))
                .anyMatch(error -> error.contains("status"))
                .anyMatch(error -> error.contains("linkId"));
    }
}
