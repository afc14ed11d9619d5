package kneadwise.fhir.export;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kneadwise.accounts.AuditLog;
import kneadwise.accounts.People;
import kneadwise.checkin.AllCheckins;
import kneadwise.checkin.IntakeExamples;
import kneadwise.demo.DemoOutcomeHistory;
import kneadwise.fhir.BulkResources;
import kneadwise.fhir.FhirValidation;
import kneadwise.smart.BackendClients;
import kneadwise.smart.BackendSystem;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.MutableClock;
import kneadwise.testing.ServiceClient;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk Data export end to end over HTTP, as a backend system does it: a token from a generated key pair, the
 * kick-off, polling, the manifest, the files (each line valid FHIR), cancelling and expiry; and every wrong request
 * refused with its reason.
 */
@FullStackTest
@Import(ExportFlowTest.Clock.class)
class ExportFlowTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String BASE = "http://localhost:8080"; // kneadwise.base-url's default

    @TempDir
    static Path exports;

    @DynamicPropertySource
    static void exportsInATemporaryFolder(DynamicPropertyRegistry properties) {
        properties.add("kneadwise.export.dir", () -> exports.toString());
        properties.add("kneadwise.export.retry-after", () -> "PT1S");
        // the clock stands still here: renew the lease (and show progress) after every resource written
        properties.add("kneadwise.export.renew-every", () -> "PT0S");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Clock {
        @Bean
        @Primary
        MutableClock exportClock() {
            return new MutableClock(Instant.now());
        }
    }

    @Autowired
    ServiceClient service;

    @Autowired
    BackendClients clients;

    @Autowired
    DemoOutcomeHistory demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    ExportSweeper sweeper;

    @Autowired
    ExportWorker worker;

    @Autowired
    AuditLog audit;

    @Autowired
    AllCheckins allCheckins;

    @Autowired
    org.springframework.context.ApplicationContext application;

    static boolean populated;

    @BeforeEach
    void aPopulation() {
        if (!populated) {
            demo.add(120, 11, (logged, of) -> {});
            // two people who kept a check-in: one 93 years old, whose age a research export must not show
            for (String age : List.of("93", "47")) {
                ServiceClient person = People.newPatient(service);
                HttpResponse<String> kept =
                        person.postJson("/api/v1/me/assessments", IntakeExamples.WITH_OSTEOPOROSIS.replace("47", age));
                assertThat(kept.statusCode()).as(kept.body()).isEqualTo(201);
                if (age.equals("47")) {
                    // who they let see their record: a Consent
                    String therapist = People.signUpVerified(service, application, "THERAPIST");
                    People.share(person, People.signedIn(service, therapist), application, therapist, "THERAPIST");
                }
            }
            populated = true;
        }
        clock.set(Instant.now());
    }

    @Test
    void aSystemExportIsKickedOffPolledAndEveryLineIsValidFhir() throws Exception {
        ServiceClient system =
                BackendSystem.register(clients, service, "Health System", false).signedIn();

        HttpResponse<String> kickOff = kickOff(system, "/fhir/$export");
        assertThat(kickOff.statusCode()).as(kickOff.body()).isEqualTo(202);
        String status = kickOff.headers().firstValue("Content-Location").orElseThrow();
        assertThat(status).startsWith(BASE + "/fhir/$export-poll-status?_jobId=");

        HttpResponse<String> done = pollUntilDone(system, status);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        Instant expires = ZonedDateTime.parse(
                        done.headers().firstValue("Expires").orElseThrow(), DateTimeFormatter.RFC_1123_DATE_TIME)
                .toInstant();
        assertThat(expires).isAfter(clock.instant().plus(Duration.ofMinutes(59)));
        JsonNode manifest = JSON.readTree(done.body());
        assertThat(manifest.get("request").asString()).isEqualTo(BASE + "/fhir/$export");
        assertThat(manifest.get("requiresAccessToken").asBoolean()).isTrue();
        assertThat(Instant.parse(manifest.get("transactionTime").asString()))
                .isBeforeOrEqualTo(clock.instant().plusMillis(1)); // PostgreSQL keeps microseconds, rounded
        assertThat(manifest.get("error").isEmpty()).isTrue();

        long patients = count("SELECT count(*) FROM accounts_account WHERE role = 'PATIENT'");
        long logs = count("SELECT count(*) FROM outcomes_session_log");
        long checkins = count("SELECT count(*) FROM checkin_saved_assessment");
        long[] checkinScores = {0};
        long[] flags = {0};
        allCheckins.forEach(null, null, kept -> {
            checkinScores[0] += BulkResources.checkinScores(kept).size();
            flags[0] += kept.assessment().path("triage").path("reasons").size();
        });
        long courses = count("SELECT count(*) FROM booking_course");
        long consents = count("SELECT count(*) FROM accounts_access_grant WHERE revoked_at IS NULL");
        // a pain goal for every course, and a function goal for each whose logs measure function
        long goals = courses
                + count("SELECT count(DISTINCT course_id) FROM outcomes_session_log"
                        + " WHERE function_instrument IS NOT NULL");
        long sessions = count("SELECT count(*) FROM booking_calendar_entry WHERE kind = 'APPOINTMENT'");
        long notes = count("SELECT count(*) FROM outcomes_session_note");
        long scores = logs
                + count("SELECT count(*) FROM outcomes_session_log WHERE function_score IS NOT NULL")
                + checkinScores[0];
        assertThat(patients).isPositive();
        assertThat(logs).isGreaterThanOrEqualTo(120);
        assertThat(checkins).isGreaterThanOrEqualTo(2); // other tests here keep more
        assertThat(checkinScores[0]).isGreaterThan(2);
        assertThat(List.of(flags[0], consents, courses, notes))
                .allSatisfy(n -> assertThat(n).isPositive());
        assertThat(goals).isGreaterThan(courses);
        logs += checkins;
        assertThat(manifest.get("output")
                        .valueStream()
                        .map(file -> file.get("type").asString() + "="
                                + file.get("count").asLong())
                        .toList())
                .containsExactly(
                        "Patient=" + patients,
                        "Consent=" + consents,
                        "Flag=" + flags[0],
                        "CarePlan=" + courses,
                        "Goal=" + goals,
                        "Appointment=" + sessions,
                        "Procedure=" + notes,
                        "QuestionnaireResponse=" + logs,
                        "Observation=" + scores);

        FhirContext fhir = FhirContext.forR4Cached();
        for (JsonNode file : manifest.get("output")) {
            String url = file.get("url").asString();
            assertThat(service.get(path(url)).statusCode())
                    .as("without a token")
                    .isEqualTo(401);
            HttpResponse<String> download = system.get(path(url));
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/fhir+ndjson");
            List<String> lines = download.body().lines().toList();
            assertThat(lines).hasSize(file.get("count").asInt());
            List<String> errors = new ArrayList<>();
            for (String line : lines) {
                IBaseResource resource = fhir.newJsonParser().parseResource(line);
                assertThat(resource.fhirType()).isEqualTo(file.get("type").asString());
                FhirValidation.errorsIn(resource).forEach(error -> errors.add(resource.getIdElement() + " " + error));
            }
            assertThat(errors).as(file.get("type").asString()).isEmpty();
        }

        // the kick-off and each download are in the audit log, named by the client
        assertThat(audit.search(null, null, AuditLog.CREATE, 1000).stream()
                        .filter(event -> event.record().equals(ExportOperations.AUDITED_AS)
                                && event.actorLabel().contains("Health System")))
                .hasSize(1);
        assertThat(audit.search(null, null, AuditLog.READ, 1000).stream()
                        .filter(event -> event.record().equals(ExportOperations.AUDITED_AS)
                                && event.actorLabel().contains("Health System")))
                .hasSize(manifest.get("output").size());

        ServiceClient another = BackendSystem.register(clients, service, "Another System", false)
                .signedIn();
        assertThat(another.get(path(status)).statusCode())
                .as("another client's export")
                .isEqualTo(404);
        assertThat(another.get(path(manifest.get("output").get(0).get("url").asString()))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void pollingFasterThanRetryAfterIsRefusedWith429AndTheProgressIsShown() throws Exception {
        ServiceClient system =
                BackendSystem.register(clients, service, "Eager System", false).signedIn();
        worker.stop(); // so that the export waits while we poll
        try {
            String status = statusAddress(system, "/fhir/Patient/$export?_type=Patient");
            HttpResponse<String> first = system.get(path(status));
            assertThat(first.statusCode()).isEqualTo(202);
            assertThat(first.headers().firstValue("X-Progress")).contains("waiting to start");
            assertThat(first.headers().firstValue("Retry-After")).contains("1");
            HttpResponse<String> tooSoon = system.get(path(status));
            assertThat(tooSoon.statusCode()).isEqualTo(429);
            assertThat(tooSoon.headers().firstValue("Retry-After")).contains("1");
        } finally {
            worker.start();
        }
    }

    @Test
    void aCancelledExportIsGoneWithItsFiles() throws Exception {
        ServiceClient system =
                BackendSystem.register(clients, service, "Fickle System", false).signedIn();
        String status = statusAddress(system, "/fhir/$export?_type=QuestionnaireResponse");
        JsonNode manifest = JSON.readTree(pollUntilDone(system, status).body());
        String file = manifest.get("output").get(0).get("url").asString();
        UUID job = UUID.fromString(status.substring(status.indexOf("_jobId=") + 7));
        assertThat(exports.resolve(job.toString())).isDirectory();

        assertThat(system.delete(path(status)).statusCode()).isEqualTo(202);
        assertThat(system.get(path(status)).statusCode()).isEqualTo(404);
        assertThat(system.get(path(file)).statusCode()).isEqualTo(404);
        assertThat(system.delete(path(status)).statusCode()).isEqualTo(404);
        sweeper.sweep();
        assertThat(exports.resolve(job.toString())).doesNotExist();
    }

    @Test
    void anExportExpiresAndItsFilesAreDeleted() throws Exception {
        ServiceClient system =
                BackendSystem.register(clients, service, "Slow Reader", false).signedIn();
        String status = statusAddress(system, "/fhir/$export?_type=Patient");
        String file = JSON.readTree(pollUntilDone(system, status).body())
                .get("output")
                .get(0)
                .get("url")
                .asString();
        UUID job = UUID.fromString(status.substring(status.indexOf("_jobId=") + 7));

        clock.advance(Duration.ofMinutes(61));
        assertThat(system.get(path(status)).statusCode()).isEqualTo(404);
        assertThat(system.get(path(file)).statusCode()).isEqualTo(404);
        sweeper.sweep();
        assertThat(exports.resolve(job.toString())).doesNotExist();
    }

    @Test
    void aBadKickOffIsRefusedNamingEveryBadPart() throws Exception {
        ServiceClient system = BackendSystem.register(clients, service, "Careless System", false)
                .signedIn();
        HttpResponse<String> noPrefer = system.get("/fhir/$export");
        assertThat(noPrefer.statusCode()).isEqualTo(400);
        assertThat(noPrefer.body()).contains("respond-async");

        HttpResponse<String> bad = kickOff(
                system, "/fhir/$export?_type=Patient,Banana&_since=yesterday&_outputFormat=text/csv&_elements=id");
        assertThat(bad.statusCode()).isEqualTo(400);
        JsonNode issues = JSON.readTree(bad.body()).get("issue");
        assertThat(issues.valueStream().map(issue -> issue.get("diagnostics").asString()))
                .hasSize(4)
                .anySatisfy(text -> assertThat(text).startsWith("_type: 'Banana'"))
                .anySatisfy(text -> assertThat(text).startsWith("_since: 'yesterday'"))
                .anySatisfy(text -> assertThat(text).startsWith("_outputFormat: 'text/csv'"))
                .anySatisfy(text -> assertThat(text).startsWith("_elements: not a parameter"));
        assertThat(kickOff(system, "/fhir/$export?_elements=id").statusCode()).isEqualTo(400);
        assertThat(system.withHeader("Prefer", "respond-async, handling=lenient")
                        .get("/fhir/$export?_elements=id&_type=Patient")
                        .statusCode())
                .isEqualTo(202);
        assertThat(kickOff(system, "/fhir/Group/" + UUID.randomUUID() + "/$export")
                        .statusCode())
                .isEqualTo(404);
        assertThat(kickOff(system, "/fhir/Group/not-a-group/$export").statusCode())
                .isEqualTo(404);
        // a kick-off by POST (which the IG lets a server offer) is not one we offer: refused, and nothing starts
        long jobs = count("SELECT count(*) FROM export_job");
        HttpResponse<String> posted = system.withHeader("Prefer", "respond-async")
                .withHeader("Accept", "application/fhir+json")
                .send("POST", "/fhir/$export", "{\"resourceType\":\"Parameters\"}", "application/fhir+json");
        assertThat(posted.statusCode()).as(posted.body()).isBetween(400, 499);
        assertThat(posted.body()).contains("OperationOutcome");
        assertThat(count("SELECT count(*) FROM export_job")).isEqualTo(jobs);

        HttpResponse<String> noToken = kickOff(service, "/fhir/$export");
        assertThat(noToken.statusCode()).as("no token").isEqualTo(401);
        assertThat(noToken.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer"));
        assertThat(JSON.readTree(noToken.body()).get("resourceType").asString()).isEqualTo("OperationOutcome");
        assertThat(kickOff(People.newPatient(service), "/fhir/$export").statusCode())
                .as("a person's token")
                .isEqualTo(401);
        assertThat(kickOff(service.withToken("not.a.jwt"), "/fhir/$export").statusCode())
                .isEqualTo(401);
        assertThat(system.get("/fhir/Patient").statusCode())
                .as("a system token elsewhere")
                .isEqualTo(401);
    }

    @Test
    void onlyOurUnexpiredTokensWithASystemReadScopeOpenTheExport() throws Exception {
        BackendSystem system = BackendSystem.register(clients, service, "Checked System", false);
        Instant soon = Instant.now().plusSeconds(120);
        String ours = system.forgedToken(application, true, "system/*.read", soon);
        assertThat(kickOff(service.withToken(ours), "/fhir/$export").statusCode())
                .as("a token as our endpoint makes it")
                .isEqualTo(202);

        HttpResponse<String> wrongScope = kickOff(
                service.withToken(system.forgedToken(application, true, "patient/*.read", soon)), "/fhir/$export");
        assertThat(wrongScope.statusCode()).isEqualTo(403);
        assertThat(wrongScope.body()).contains("OperationOutcome", "system/*.read");
        assertThat(kickOff(
                                service.withToken(system.forgedToken(application, false, "system/*.read", soon)),
                                "/fhir/$export")
                        .statusCode())
                .as("signed with another key")
                .isEqualTo(401);
        assertThat(kickOff(
                                service.withToken(system.forgedToken(
                                        application,
                                        true,
                                        "system/*.read",
                                        Instant.now().minusSeconds(120))),
                                "/fhir/$export")
                        .statusCode())
                .as("expired")
                .isEqualTo(401);
    }

    @Test
    void aResearchClientMayExportOnlyTheResearchGroup() throws Exception {
        ServiceClient research =
                BackendSystem.register(clients, service, "University", true).signedIn();
        UUID therapist = jdbc.sql("SELECT therapist_id FROM booking_course LIMIT 1")
                .query(UUID.class)
                .single();
        for (String refused :
                List.of("/fhir/$export", "/fhir/Patient/$export", "/fhir/Group/" + therapist + "/$export")) {
            HttpResponse<String> answer = kickOff(research, refused);
            assertThat(answer.statusCode()).as(refused).isEqualTo(403);
            assertThat(answer.body()).contains("only Group/research");
        }
        assertThat(kickOff(research, "/fhir/Group/research/$export").statusCode())
                .isEqualTo(202);
        HttpResponse<String> consents = kickOff(research, "/fhir/Group/research/$export?_type=Patient,Consent");
        assertThat(consents.statusCode()).isEqualTo(400);
        assertThat(consents.body()).contains("Consent is never in a research export");
    }

    @Test
    void sinceLeavesOutWhatDidNotChangeAfterIt() throws Exception {
        ServiceClient system =
                BackendSystem.register(clients, service, "Nightly Sync", false).signedIn();
        ServiceClient person = People.newPatient(service);
        String first = People.json(person.postJson("/api/v1/me/assessments", IntakeExamples.WITH_OSTEOPOROSIS))
                .get("id")
                .asString();
        // everything above, and the whole population, is older than `since`; the second check-in is newer
        Instant since = Instant.now().plusSeconds(60);
        clock.set(since.plusSeconds(60));
        String second = People.json(person.postJson("/api/v1/me/assessments", IntakeExamples.WITH_OSTEOPOROSIS))
                .get("id")
                .asString();

        String status = statusAddress(
                system, "/fhir/$export?_type=Patient,Flag,QuestionnaireResponse,Observation,CarePlan&_since=" + since);
        JsonNode manifest = JSON.readTree(pollUntilDone(system, status).body());
        Map<String, List<JsonNode>> exported = new HashMap<>();
        for (JsonNode file : manifest.get("output")) {
            system.get(path(file.get("url").asString()))
                    .body()
                    .lines()
                    .map(JSON::readTree)
                    .forEach(resource -> exported.computeIfAbsent(
                                    resource.get("resourceType").asString(), type -> new ArrayList<>())
                            .add(resource));
        }

        // the account is older; no course changed; only the second check-in, its scores and the flags it changed
        assertThat(exported.keySet()).containsExactlyInAnyOrder("Flag", "QuestionnaireResponse", "Observation");
        assertThat(exported.get("QuestionnaireResponse"))
                .extracting(resource -> resource.get("id").asString())
                .containsExactly(second);
        assertThat(exported.get("Observation"))
                .isNotEmpty()
                .allSatisfy(score -> assertThat(score.get("id").asString()).startsWith(second));
        // the first check-in's flags ended when the second was kept: that change is after `since` too
        List<String> flags = exported.get("Flag").stream()
                .map(flag ->
                        flag.get("id").asString() + " " + flag.get("status").asString())
                .toList();
        assertThat(flags)
                .isNotEmpty()
                .allSatisfy(flag ->
                        assertThat(flag).matches("(" + first + "-flag-\\d+ inactive|" + second + "-flag-\\d+ active)"));
        assertThat(flags).anySatisfy(flag -> assertThat(flag).startsWith(first));
        assertThat(flags).anySatisfy(flag -> assertThat(flag).startsWith(second));
    }

    @Test
    void aPracticesGroupHoldsOnlyItsOwnClients() throws Exception {
        ServiceClient system = BackendSystem.register(clients, service, "Practice Warehouse", false)
                .signedIn();
        UUID therapist = jdbc.sql("SELECT therapist_id FROM booking_course LIMIT 1")
                .query(UUID.class)
                .single();
        List<String> clients = jdbc.sql("SELECT DISTINCT patient_id FROM booking_course WHERE therapist_id = :t")
                .param("t", therapist)
                .query(String.class)
                .list();
        String status = statusAddress(system, "/fhir/Group/" + therapist + "/$export?_type=Patient");
        JsonNode manifest = JSON.readTree(pollUntilDone(system, status).body());
        List<String> exported = system.get(
                        path(manifest.get("output").get(0).get("url").asString()))
                .body()
                .lines()
                .map(line -> JSON.readTree(line).get("id").asString())
                .toList();
        assertThat(exported).containsExactlyInAnyOrderElementsOf(clients);
        assertThat(count("SELECT count(*) FROM accounts_account WHERE role = 'PATIENT'"))
                .isGreaterThan(clients.size());
    }

    @Test
    void aResearchExportIsPseudonymisedAndKeepsEachPersonsIntervals() throws Exception {
        ServiceClient research = BackendSystem.register(clients, service, "Research Institute", true)
                .signedIn();
        List<String> lines = researchExport(research);
        String all = String.join("\n", lines);

        List<String> secrets = new ArrayList<>();
        jdbc.sql("SELECT name, email, CAST(id AS text) FROM accounts_account")
                .query((row, n) -> List.of(row.getString(1), row.getString(2), row.getString(3)))
                .list()
                .forEach(secrets::addAll);
        secrets.addAll(jdbc.sql("SELECT CAST(id AS text) FROM booking_course UNION SELECT CAST(id AS text)"
                        + " FROM directory_therapist UNION SELECT name FROM directory_therapist")
                .query(String.class)
                .list());
        // the words of the therapists' notes
        jdbc.sql("SELECT subjective, response, plan FROM outcomes_session_note")
                .query((row, n) -> List.of(row.getString(1), row.getString(2), row.getString(3)))
                .list()
                .forEach(words ->
                        words.stream().filter(text -> text.length() >= 12).forEach(secrets::add));
        assertThat(secrets).hasSizeGreaterThan(40);
        assertThat(secrets).noneSatisfy(secret -> assertThat(all).contains(secret));
        assertThat(all).doesNotContain("\"telecom\"", "\"name\"", "\"text\"", "\"valueString\"", "\"meta\"");
        assertThat(all).doesNotContainPattern("\"postalCode\":\"[0-9]{4,}");

        FhirContext fhir = FhirContext.forR4Cached();
        List<String> errors = new ArrayList<>();
        List<Integer> ages = new ArrayList<>();
        Map<String, List<Instant>> exportedTimes = new HashMap<>();
        Map<String, List<Instant>> exportedSessions = new HashMap<>();
        Map<String, Long> typesSeen = new HashMap<>();
        long patients = 0;
        for (String line : lines) {
            IBaseResource parsed = fhir.newJsonParser().parseResource(line);
            FhirValidation.errorsIn(parsed).forEach(error -> errors.add(parsed.getIdElement() + " " + error));
            JsonNode resource = JSON.readTree(line);
            resource.path("item")
                    .valueStream()
                    .filter(item -> item.path("linkId").asString().equals(BulkResources.AGE))
                    .forEach(item -> ages.add(item.at("/answer/0/valueInteger").asInt()));
            typesSeen.merge(resource.get("resourceType").asString(), 1L, Long::sum);
            if (resource.path("item").size() > 0
                    && !resource.get("id").asString().contains("-log-")) {
                continue; // a check-in: its dates are checked with the logs' below only when it has logs
            }
            switch (resource.get("resourceType").asString()) {
                case "Patient" -> {
                    patients++;
                    assertThat(resource.propertyNames()).isSubsetOf(Set.of("resourceType", "id", "active"));
                }
                case "QuestionnaireResponse" ->
                    exportedTimes
                            .computeIfAbsent(resource.at("/subject/reference").asString(), subject -> new ArrayList<>())
                            .add(Instant.parse(resource.get("authored").asString()));
                case "Appointment" ->
                    exportedSessions
                            .computeIfAbsent(
                                    resource.at("/participant/0/actor/reference")
                                            .asString(),
                                    subject -> new ArrayList<>())
                            .add(Instant.parse(resource.get("start").asString()));
                case "Procedure" -> assertThat(resource.has("note")).isFalse();
                default ->
                    assertThat(resource.get("resourceType").asString()).isIn("Observation", "Flag", "CarePlan", "Goal");
            }
        }
        assertThat(patients).isEqualTo(count("SELECT count(*) FROM accounts_account WHERE role = 'PATIENT'"));
        assertThat(errors).isEmpty();
        // the 93-year-old is shown as 90; other tests here add people of 47
        assertThat(ages).contains(90, 47).allSatisfy(age -> assertThat(age).isBetween(18, 90));

        assertThatEachIsARealPersonsShifted(
                exportedTimes, timesByPerson("SELECT patient_id, recorded_at FROM outcomes_session_log"));
        assertThatEachIsARealPersonsShifted(
                exportedSessions,
                timesByPerson(
                        "SELECT patient_id, lower(during) FROM booking_calendar_entry WHERE kind = 'APPOINTMENT'"));
        assertThat(typesSeen.keySet()).containsExactlyInAnyOrderElementsOf(ExportedTypes.RESEARCH);

        List<String> again = researchExport(research);
        Set<String> firstIds = ids(lines, "Patient");
        assertThat(firstIds).doesNotContainAnyElementsOf(ids(again, "Patient"));
        assertThat(ids(again, "Patient")).hasSameSizeAs(firstIds);
    }

    private List<String> researchExport(ServiceClient research) throws InterruptedException {
        String status = statusAddress(research, "/fhir/Group/research/$export");
        JsonNode manifest = JSON.readTree(pollUntilDone(research, status).body());
        assertThat(manifest.get("output")
                        .valueStream()
                        .map(file -> file.get("type").asString()))
                .containsExactlyElementsOf(ExportedTypes.RESEARCH);
        List<String> lines = new ArrayList<>();
        for (JsonNode file : manifest.get("output")) {
            lines.addAll(research.get(path(file.get("url").asString()))
                    .body()
                    .lines()
                    .toList());
        }
        return lines;
    }

    /** Each person's times, from a query of (person, time) rows. */
    private Map<UUID, List<Instant>> timesByPerson(String sql) {
        Map<UUID, List<Instant>> times = new HashMap<>();
        jdbc.sql(sql)
                .query((row, n) -> Map.entry(
                        row.getObject(1, UUID.class), row.getTimestamp(2).toInstant()))
                .list()
                .forEach(entry -> times.computeIfAbsent(entry.getKey(), id -> new ArrayList<>())
                        .add(entry.getValue()));
        return times;
    }

    private static void assertThatEachIsARealPersonsShifted(
            Map<String, List<Instant>> exported, Map<UUID, List<Instant>> real) {
        assertThat(exported).hasSameSizeAs(real);
        for (Map.Entry<String, List<Instant>> person : exported.entrySet()) {
            assertThat(real.values())
                    .as("a real person whose every date is %s's moved by the same 1 to 180 days", person.getKey())
                    .anySatisfy(times ->
                            assertThat(shiftedAlike(times, person.getValue())).isTrue());
        }
    }

    /** Whether every shown time is its real one moved by one number of whole days, 1 to 180 either way. */
    private static boolean shiftedAlike(List<Instant> real, List<Instant> shown) {
        if (real.size() != shown.size()) {
            return false;
        }
        List<Instant> realSorted = real.stream().sorted().toList();
        List<Instant> shownSorted = shown.stream().sorted().toList();
        Duration shift = Duration.between(realSorted.getFirst(), shownSorted.getFirst());
        long days = shift.toDays();
        if (!shift.equals(Duration.ofDays(days)) || days == 0 || Math.abs(days) > 180) {
            return false;
        }
        for (int i = 0; i < realSorted.size(); i++) {
            if (!Duration.between(realSorted.get(i), shownSorted.get(i)).equals(shift)) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> ids(List<String> lines, String type) {
        return lines.stream()
                .map(JSON::readTree)
                .filter(resource -> resource.get("resourceType").asString().equals(type))
                .map(resource -> resource.get("id").asString())
                .collect(Collectors.toSet());
    }

    static HttpResponse<String> kickOff(ServiceClient who, String path) {
        return who.withHeader("Prefer", "respond-async")
                .withHeader("Accept", "application/fhir+json")
                .get(path);
    }

    /** The status address a kick-off answers with (202, Content-Location). */
    static String statusAddress(ServiceClient who, String path) {
        HttpResponse<String> kickOff = kickOff(who, path);
        assertThat(kickOff.statusCode()).as(kickOff.body()).isEqualTo(202);
        return kickOff.headers().firstValue("Content-Location").orElseThrow();
    }

    /**
     * Polls as a client should, waiting Retry-After between requests (and moving the test's clock on as much), and
     * again after a 429, for at most a minute.
     */
    HttpResponse<String> pollUntilDone(ServiceClient who, String status) throws InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(60);
        while (true) {
            HttpResponse<String> answer = who.get(path(status));
            boolean waiting = answer.statusCode() == 202 || answer.statusCode() == 429;
            if (!waiting || Instant.now().isAfter(giveUp)) {
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                return answer;
            }
            if (answer.statusCode() == 202) {
                assertThat(answer.headers().firstValue("X-Progress")).isPresent();
            }
            Thread.sleep(1000L
                    * Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow()));
        }
    }

    /** The path and query of an address we gave out (built on kneadwise.base-url). */
    static String path(String address) {
        URI uri = URI.create(address.replace("$", "%24"));
        return uri.getRawPath().replace("%24", "$") + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
