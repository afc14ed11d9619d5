package kneadwise.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.net.http.HttpResponse;
import java.util.List;
import kneadwise.assessment.Finding;
import kneadwise.checkin.QuestionsView;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.ServiceClient;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public part of the FHIR facade read by HAPI's own generic client (a client no one here wrote): the
 * CapabilityStatement, our Questionnaires by id and by canonical URL, and the OperationOutcomes of a missing
 * definition and of a person's record asked for without a token (CONTRACT.md section 10).
 */
@FullStackTest
class FhirDefinitionsTest {

    static final FhirContext FHIR = FhirContext.forR4Cached();

    @Autowired
    ServiceClient service;

    @LocalServerPort
    int port;

    IGenericClient client;

    @BeforeEach
    void aClient() {
        client = FHIR.newRestfulGenericClient("http://127.0.0.1:" + port + "/fhir");
    }

    @Test
    void theCapabilityStatementListsTheQuestionnaires() {
        CapabilityStatement capabilities =
                client.capabilities().ofType(CapabilityStatement.class).execute();

        assertThat(capabilities.getFhirVersion().toCode()).isEqualTo("4.0.1");
        List<String> types = capabilities.getRestFirstRep().getResource().stream()
                .map(CapabilityStatementRestResourceComponent::getType)
                .toList();
        assertThat(types).contains("Questionnaire");
    }

    @Test
    void eachInstrumentIsAQuestionnaireInThePagesWords() {
        Questionnaire rmdq =
                client.read().resource(Questionnaire.class).withId("rmdq-24").execute();
        Questionnaire odi =
                client.read().resource(Questionnaire.class).withId("odi").execute();
        Questionnaire startBack =
                client.read().resource(Questionnaire.class).withId("start-back").execute();
        Questionnaire pain =
                client.read().resource(Questionnaire.class).withId("nrs-pain").execute();

        assertThat(rmdq.getItem()).hasSize(24);
        assertThat(rmdq.getItemFirstRep().getText())
                .isEqualTo(QuestionsView.questions().getRolandMorris().getFirst());
        assertThat(rmdq.getUrl()).isEqualTo("http://kneadwise.invalid/fhir/Questionnaire/rmdq-24");
        assertThat(odi.getItem())
                .hasSize(10)
                .allSatisfy(area -> assertThat(area.getAnswerOption()).hasSize(6));
        assertThat(startBack.getItem())
                .extracting(item -> item.getLinkId())
                .hasSize(9)
                .endsWith("start-back-9");
        assertThat(pain.getItemFirstRep().getCodeFirstRep().getCode()).isEqualTo("72514-3");
        assertThat(pain.getMeta().getVersionId()).isEqualTo("2");
        assertThat(pain.getMeta().getLastUpdated()).isNotNull();
    }

    @Test
    void aQuestionnaireIsFoundByItsCanonicalUrl() {
        Bundle found = client.search()
                .forResource(Questionnaire.class)
                .where(Questionnaire.URL.matches().value("http://kneadwise.invalid/fhir/Questionnaire/odi"))
                .returnBundle(Bundle.class)
                .execute();
        Bundle all = client.search()
                .forResource(Questionnaire.class)
                .returnBundle(Bundle.class)
                .execute();

        assertThat(found.getEntry())
                .extracting(entry -> entry.getResource().getIdElement().getIdPart())
                .containsExactly("odi");
        assertThat(all.getEntry())
                .extracting(entry -> entry.getResource().getIdElement().getIdPart())
                .containsExactly("nrs-pain", "rmdq-24", "odi", "start-back", "check-in", "session-log");
    }

    @Test
    void ourCodesAreCodeSystemsEachWithTheValueSetOfAllItsCodes() {
        CodeSystem reasons =
                client.read().resource(CodeSystem.class).withId("triage-reason").execute();
        ValueSet techniques =
                client.read().resource(ValueSet.class).withId("technique").execute();
        Bundle byUrl = client.search()
                .forResource(CodeSystem.class)
                .where(CodeSystem.URL.matches().value("http://kneadwise.invalid/fhir/CodeSystem/technique"))
                .returnBundle(Bundle.class)
                .execute();

        assertThat(reasons.getConcept())
                .extracting(concept -> concept.getCode())
                .contains("SADDLE_NUMBNESS", "OSTEOPOROSIS", "POSSIBLE_FRAGILITY_FRACTURE")
                .hasSize(Finding.values().length + 1);
        assertThat(techniques.getCompose().getIncludeFirstRep().getSystem())
                .isEqualTo("http://kneadwise.invalid/fhir/CodeSystem/technique");
        assertThat(byUrl.getEntry()).hasSize(1);
    }

    @Test
    void aReadSendsItsETagAndAnUnchangedOneIsNotSentAgain() {
        HttpResponse<String> first = service.get("/fhir/Questionnaire/odi");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = service.withHeader("If-None-Match", etag).get("/fhir/Questionnaire/odi");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(etag).isEqualTo("W/\"2\"");
        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void aMissingDefinitionIsA404WithAnOperationOutcome() {
        assertThatThrownBy(() -> client.read()
                        .resource(Questionnaire.class)
                        .withId("no-such-questionnaire")
                        .execute())
                .isInstanceOf(ResourceNotFoundException.class)
                .satisfies(missing -> assertThat(((ResourceNotFoundException) missing).getOperationOutcome())
                        .isInstanceOf(OperationOutcome.class));
    }

    @Test
    void aPersonsRecordWithoutATokenIs401WithAnOperationOutcome() {
        HttpResponse<String> refused = service.get("/fhir/Patient/123");

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/fhir+json");
        OperationOutcome outcome = FHIR.newJsonParser().parseResource(OperationOutcome.class, refused.body());
        assertThat(outcome.getIssueFirstRep().getDiagnostics()).contains("bearer token");
    }
}
