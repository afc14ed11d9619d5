package kneadwise.accounts;

import static kneadwise.accounts.People.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kneadwise.checkin.IntakeExamples;
import kneadwise.smart.BackendClients;
import kneadwise.smart.BackendSystem;
import kneadwise.testing.BrowserSession;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.MappedEndpoints;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may call what, for every endpoint the running application has, against every kind of caller. The endpoints are
 * read from the application's own mappings, so a new endpoint fails this test until it is placed in {@link #ALLOWED}.
 * "The patient" is the person whose record a {patientId} path names; refused signed-in callers get 403 (role) or
 * 404 (someone else's record), anonymous ones 401.
 */
@FullStackTest
class AuthorizationMatrixTest {

    enum Caller {
        ANONYMOUS,
        THE_PATIENT,
        ANOTHER_PATIENT,
        GRANTED_THERAPIST,
        OTHER_THERAPIST,
        CLINIC_ADMIN,
        EVIDENCE_EDITOR,
        SYSTEM_ADMIN
    }

    static final Set<Caller> ANYONE = EnumSet.allOf(Caller.class);

    /**
     * Endpoints whose callers are registered backend systems, proving who they are in the request itself (a signed
     * client assertion), not people: each of the 8 kinds of caller, whatever session or token it brings, is refused
     * as a request without one (400 or 401, never a token).
     */
    /** Bulk Data export (CONTRACT.md section 11): only a backend system's access token opens these. */
    static final Set<String> BULK_DATA = Set.of(
            "GET /fhir/$export",
            "GET /fhir/Patient/$export",
            "GET /fhir/Group/{id}/$export",
            "GET /fhir/$export-poll-status",
            "DELETE /fhir/$export-poll-status",
            "GET /fhir/$export-file");

    static final Set<String> FOR_SYSTEMS_ONLY = java.util.stream.Stream.concat(
                    java.util.stream.Stream.of("POST /fhir/auth/token"), BULK_DATA.stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    static final Set<Caller> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS));
    static final Set<Caller> PATIENTS = EnumSet.of(Caller.THE_PATIENT, Caller.ANOTHER_PATIENT);
    static final Set<Caller> THERAPISTS = EnumSet.of(Caller.GRANTED_THERAPIST, Caller.OTHER_THERAPIST);

    static final Set<Caller> DASHBOARD_READERS =
            EnumSet.of(Caller.GRANTED_THERAPIST, Caller.OTHER_THERAPIST, Caller.CLINIC_ADMIN, Caller.SYSTEM_ADMIN);

    static final Map<String, Set<Caller>> ALLOWED = Map.ofEntries(
            // SMART Backend Services (CONTRACT.md section 11): the configuration is public; the token endpoint is
            // for registered systems, which none of these callers is (FOR_SYSTEMS_ONLY)
            Map.entry("GET /.well-known/smart-configuration", ANYONE),
            Map.entry("GET /fhir/.well-known/smart-configuration", ANYONE),
            Map.entry("POST /fhir/auth/token", EnumSet.noneOf(Caller.class)),
            Map.entry("GET /fhir/$export", EnumSet.noneOf(Caller.class)),
            Map.entry("GET /fhir/Patient/$export", EnumSet.noneOf(Caller.class)),
            Map.entry("GET /fhir/Group/{id}/$export", EnumSet.noneOf(Caller.class)),
            Map.entry("GET /fhir/$export-poll-status", EnumSet.noneOf(Caller.class)),
            Map.entry("DELETE /fhir/$export-poll-status", EnumSet.noneOf(Caller.class)),
            Map.entry("GET /fhir/$export-file", EnumSet.noneOf(Caller.class)),
            // FHIR (CONTRACT.md section 10): the definitions and the directory are public
            Map.entry("GET /fhir/metadata", ANYONE),
            Map.entry("GET /fhir/OperationDefinition/{id}", ANYONE),
            Map.entry("GET /fhir/Questionnaire", ANYONE),
            Map.entry("GET /fhir/Questionnaire/{id}", ANYONE),
            Map.entry("GET /fhir/CodeSystem", ANYONE),
            Map.entry("GET /fhir/CodeSystem/{id}", ANYONE),
            Map.entry("GET /fhir/ValueSet", ANYONE),
            Map.entry("GET /fhir/ValueSet/{id}", ANYONE),
            Map.entry("GET /fhir/Practitioner/{id}", ANYONE),
            Map.entry("GET /fhir/Location/{id}", ANYONE),
            Map.entry("GET /fhir/Location", ANYONE),
            Map.entry("GET /fhir/Practitioner", ANYONE),
            Map.entry("GET /fhir/PractitionerRole", ANYONE),
            Map.entry("GET /fhir/PractitionerRole/{id}", ANYONE),
            Map.entry("GET /fhir/Schedule", ANYONE),
            Map.entry("GET /fhir/Schedule/{id}", ANYONE),
            Map.entry("GET /fhir/Slot", ANYONE),
            Map.entry("GET /fhir/Slot/{id}", ANYONE),
            // people's records over FHIR: the patient and whoever they let in (404 for everyone else), searches
            // for any caller with a token (they find only what they may see)
            Map.entry("GET /fhir/Patient/{patientId}", EnumSet.of(Caller.THE_PATIENT, Caller.GRANTED_THERAPIST)),
            Map.entry(
                    "GET /fhir/Patient/{patientId}/$everything",
                    EnumSet.of(Caller.THE_PATIENT, Caller.GRANTED_THERAPIST)),
            Map.entry("GET /fhir/Patient", SIGNED_IN),
            Map.entry("GET /fhir/QuestionnaireResponse", SIGNED_IN),
            Map.entry("POST /fhir/QuestionnaireResponse", PATIENTS),
            Map.entry("GET /fhir/QuestionnaireResponse/{id}", SIGNED_IN),
            Map.entry("GET /fhir/Observation", SIGNED_IN),
            Map.entry("GET /fhir/Observation/{id}", SIGNED_IN),
            Map.entry("GET /fhir/Flag", SIGNED_IN),
            Map.entry("GET /fhir/Flag/{id}", SIGNED_IN),
            Map.entry("GET /fhir/CarePlan", SIGNED_IN),
            Map.entry("GET /fhir/CarePlan/{id}", SIGNED_IN),
            Map.entry("GET /fhir/Goal", SIGNED_IN),
            Map.entry("GET /fhir/Goal/{id}", SIGNED_IN),
            Map.entry("GET /fhir/Appointment", SIGNED_IN),
            Map.entry("GET /fhir/Appointment/{id}", SIGNED_IN),
            Map.entry("GET /fhir/Procedure", SIGNED_IN),
            Map.entry("GET /fhir/Consent", SIGNED_IN),
            Map.entry("GET /fhir/Consent/{id}", SIGNED_IN),
            Map.entry("GET /fhir/Procedure/{id}", SIGNED_IN),
            Map.entry("POST /api/v1/assessments", ANYONE),
            Map.entry("POST /api/v1/outcomes/evaluate", ANYONE),
            Map.entry("POST /api/v1/claims/check", ANYONE),
            Map.entry("POST /api/v1/accounts", ANYONE),
            Map.entry("POST /api/v1/tokens", ANYONE),
            // the secret of a mailed link is the proof: no login needed
            Map.entry("POST /api/v1/email-verifications", ANYONE),
            Map.entry("POST /api/v1/me/email-verification", SIGNED_IN),
            // accepting an invitation: any signed-in account (with a verified email, else 403 by design)
            Map.entry("POST /api/v1/me/invitations", SIGNED_IN),
            // about the caller's own account and record only
            Map.entry("GET /api/v1/me", SIGNED_IN),
            Map.entry("GET /api/v1/me/audit", SIGNED_IN),
            Map.entry("GET /api/v1/me/export", SIGNED_IN),
            Map.entry("DELETE /api/v1/me", SIGNED_IN),
            Map.entry("POST /api/v1/me/assessments", SIGNED_IN),
            Map.entry("GET /api/v1/me/assessments", SIGNED_IN),
            Map.entry("POST /api/v1/me/access", SIGNED_IN),
            Map.entry("GET /api/v1/me/access", SIGNED_IN),
            Map.entry("DELETE /api/v1/me/access/{grantId}", SIGNED_IN),
            // another person's record
            Map.entry(
                    "GET /api/v1/patients/{patientId}/assessments",
                    EnumSet.of(Caller.THE_PATIENT, Caller.GRANTED_THERAPIST)),
            Map.entry("GET /api/v1/admin/audit", EnumSet.of(Caller.SYSTEM_ADMIN)),
            // the public directory
            Map.entry("GET /api/v1/therapists", ANYONE),
            Map.entry("GET /api/v1/therapists/{therapistId}", ANYONE),
            Map.entry("GET /api/v1/therapists/{therapistId}/slots", ANYONE),
            Map.entry("POST /api/v1/courses", PATIENTS),
            Map.entry("GET /api/v1/courses/{courseId}", SIGNED_IN),
            Map.entry("GET /api/v1/courses/{courseId}/calendar.ics", SIGNED_IN),
            Map.entry("GET /api/v1/me/courses", SIGNED_IN),
            // a course's outcomes: its patient logs, its patient and therapist read (404 for everyone else)
            Map.entry("POST /api/v1/courses/{courseId}/outcomes", SIGNED_IN),
            Map.entry("GET /api/v1/courses/{courseId}/progress", SIGNED_IN),
            // session notes: the course's therapist writes, the therapist and the patient read
            Map.entry("PUT /api/v1/courses/{courseId}/notes/{session}", SIGNED_IN),
            Map.entry("GET /api/v1/courses/{courseId}/notes", SIGNED_IN),
            // outcome dashboards: a therapist their own clients, clinic and system administrators everyone's
            Map.entry("GET /api/v1/outcomes/dashboard", DASHBOARD_READERS),
            Map.entry("GET /api/v1/outcomes/dashboard.csv", DASHBOARD_READERS),
            Map.entry("GET /outcomes/dashboard", DASHBOARD_READERS),
            Map.entry("PUT /api/v1/me/outcome-record", THERAPISTS),
            Map.entry("POST /outcomes/dashboard/record", THERAPISTS),
            Map.entry("DELETE /api/v1/appointments/{appointmentId}", SIGNED_IN),
            Map.entry("PATCH /api/v1/appointments/{appointmentId}", SIGNED_IN),
            Map.entry("GET /api/v1/me/working-hours", THERAPISTS),
            Map.entry("PUT /api/v1/me/working-hours", THERAPISTS),
            Map.entry("GET /api/v1/me/time-off", THERAPISTS),
            Map.entry("POST /api/v1/me/time-off", THERAPISTS),
            Map.entry("DELETE /api/v1/me/time-off/{timeOffId}", THERAPISTS),
            Map.entry("GET /api/v1/me/therapist-profile", THERAPISTS),
            Map.entry("PUT /api/v1/me/therapist-profile", THERAPISTS),
            Map.entry("GET /api/v1/admin/licences/unverified", EnumSet.of(Caller.SYSTEM_ADMIN)),
            Map.entry(
                    "POST /api/v1/admin/therapists/{therapistId}/licence-verification",
                    EnumSet.of(Caller.SYSTEM_ADMIN)),
            Map.entry(
                    "DELETE /api/v1/admin/therapists/{therapistId}/licence-verification",
                    EnumSet.of(Caller.SYSTEM_ADMIN)),
            // Spring Boot's error page, reached only by forwarding after an error
            Map.entry("ANY /error", ANYONE),
            // web pages: checked below with a browser session, not a token
            Map.entry("GET /signup", ANYONE),
            Map.entry("POST /signup", ANYONE),
            Map.entry("GET /login", ANYONE),
            Map.entry("GET /account", SIGNED_IN),
            Map.entry("GET /account/audit", SIGNED_IN),
            Map.entry("POST /account/logout-everywhere", SIGNED_IN),
            Map.entry("POST /account/email-verification", SIGNED_IN),
            Map.entry("GET /verify-email/{token}", ANYONE),
            Map.entry("POST /verify-email/{token}", ANYONE),
            Map.entry("GET /invitations/{token}", SIGNED_IN),
            Map.entry("POST /invitations/{token}", SIGNED_IN),
            Map.entry("GET /", ANYONE),
            Map.entry("GET /claims", ANYONE),
            Map.entry("GET /about", ANYONE),
            // the API's description and its page (CONTRACT.md section 12)
            Map.entry("GET /api/openapi.json", ANYONE),
            Map.entry("GET /api/openapi.json.yaml", ANYONE),
            Map.entry("GET /api/docs", ANYONE),
            Map.entry("GET /privacy", ANYONE),
            Map.entry("GET /disclaimer", ANYONE),
            Map.entry("POST /claims", ANYONE),
            Map.entry("GET /password-reset", ANYONE),
            Map.entry("POST /password-reset", ANYONE),
            Map.entry("GET /password-reset/{token}", ANYONE),
            Map.entry("POST /password-reset/{token}", ANYONE),
            Map.entry("GET /check-in", ANYONE),
            Map.entry("POST /check-in/restart", ANYONE),
            Map.entry("GET /check-in/{path}", ANYONE),
            Map.entry("POST /check-in/{path}", ANYONE),
            Map.entry("GET /check-in/daily-life/{part}", ANYONE),
            Map.entry("POST /check-in/daily-life/{part}", ANYONE),
            Map.entry("GET /check-in/result", ANYONE),
            Map.entry("POST /check-in/what-matters", ANYONE),
            Map.entry("GET /check-in/summary", ANYONE),
            Map.entry("GET /check-in/summary.pdf", ANYONE),
            Map.entry("GET /check-in/save", SIGNED_IN),
            Map.entry("POST /check-in/save", SIGNED_IN),
            Map.entry("GET /account/check-ins", SIGNED_IN),
            Map.entry("GET /therapists", ANYONE),
            Map.entry("GET /therapists/{therapistId}", ANYONE),
            // a page that tells anyone but a patient that only patients book
            Map.entry("GET /therapists/{therapistId}/book", SIGNED_IN),
            Map.entry("POST /therapists/{therapistId}/book", SIGNED_IN),
            // the course's patient and therapist only: others are told it does not exist
            Map.entry("GET /courses/{courseId}", SIGNED_IN),
            Map.entry("GET /courses/{courseId}/calendar.ics", SIGNED_IN),
            Map.entry("POST /courses/{courseId}/sessions/{appointmentId}/cancel", SIGNED_IN),
            Map.entry("POST /courses/{courseId}/sessions/{appointmentId}/move", SIGNED_IN),
            Map.entry("GET /account/courses", SIGNED_IN),
            Map.entry("GET /courses/{courseId}/progress", SIGNED_IN),
            Map.entry("GET /courses/{courseId}/log/{session}", SIGNED_IN),
            Map.entry("POST /courses/{courseId}/log/{session}", SIGNED_IN),
            Map.entry("GET /courses/{courseId}/notes/{session}", SIGNED_IN),
            Map.entry("GET /courses/{courseId}/summary", SIGNED_IN),
            Map.entry("GET /courses/{courseId}/summary.pdf", SIGNED_IN),
            Map.entry("POST /courses/{courseId}/notes/{session}", SIGNED_IN),
            Map.entry("GET /practice/today", THERAPISTS),
            Map.entry("GET /practice/clients", THERAPISTS),
            Map.entry("GET /practice", THERAPISTS),
            Map.entry("POST /practice/hours", THERAPISTS),
            Map.entry("POST /practice/time-off", THERAPISTS),
            Map.entry("POST /practice/time-off/{timeOffId}/remove", THERAPISTS),
            Map.entry("GET /practice/profile", THERAPISTS),
            Map.entry("POST /practice/profile", THERAPISTS),
            Map.entry("GET /admin/licences", EnumSet.of(Caller.SYSTEM_ADMIN)),
            Map.entry("POST /admin/licences/{therapistId}/verify", EnumSet.of(Caller.SYSTEM_ADMIN)),
            Map.entry("POST /admin/licences/{therapistId}/withdraw", EnumSet.of(Caller.SYSTEM_ADMIN)));

    static boolean isPage(String endpoint) {
        return !endpoint.contains(" /api/") && !endpoint.contains(" /fhir/") && !endpoint.startsWith("ANY ");
    }

    @Autowired
    ServiceClient service;

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    BackendClients backendClients;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    Map<Caller, ServiceClient> callers;
    String patientId;

    @BeforeEach
    void meetTheCallers() {
        callers = callers();
    }

    @Test
    void everyEndpointHasAPlaceInTheMatrix() {
        assertThat(endpoints()).containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
    }

    @Test
    void eachCallerReachesExactlyWhatTheMatrixAllows() {
        for (String endpoint : endpoints()) {
            if (endpoint.startsWith("ANY ") || isPage(endpoint)) {
                continue;
            }
            for (Caller caller : Caller.values()) {
                int status = endpoint.equals("DELETE /api/v1/me")
                        ? deleteWithFreshCallers(caller, endpoint)
                        : call(callers.get(caller), endpoint).statusCode();
                String what = caller + " -> " + endpoint;
                if (FOR_SYSTEMS_ONLY.contains(endpoint)) {
                    assertThat(status).as(what).isIn(400, 401);
                } else if (ALLOWED.get(endpoint).contains(caller)) {
                    assertThat(status).as(what).isNotIn(401, 403).isLessThan(500);
                    if (endpoint.contains("{patientId}")) {
                        assertThat(status).as(what).isEqualTo(200);
                    }
                } else if (caller == Caller.ANONYMOUS) {
                    assertThat(status).as(what).isEqualTo(401);
                } else {
                    assertThat(status).as(what).isIn(403, 404);
                }
            }
        }
    }

    @Test
    void aBackendSystemsTokenOpensTheBulkDataEndpointsAndNothingPersonal() throws Exception {
        ServiceClient system = BackendSystem.register(backendClients, service, "Matrix System", false)
                .signedIn();
        ServiceClient research = BackendSystem.register(backendClients, service, "Matrix Research", true)
                .signedIn();
        for (String endpoint : endpoints()) {
            if (endpoint.startsWith("ANY ")
                    || isPage(endpoint)
                    || ALLOWED.get(endpoint).contains(Caller.ANONYMOUS)) {
                continue;
            }
            int status = call(system, endpoint).statusCode();
            if (BULK_DATA.contains(endpoint)) {
                assertThat(status).as("system -> " + endpoint).isNotIn(401, 403).isLessThan(500);
            } else {
                assertThat(status).as("system -> " + endpoint).isIn(400, 401);
            }
            if (endpoint.endsWith("/$export")) {
                assertThat(call(research, endpoint).statusCode())
                        .as("research system -> " + endpoint)
                        .isEqualTo(403);
            }
        }
    }

    @Test
    void pagesOpenToAnyoneOrOnlyAfterLoggingInWithTheRightRole() {
        String patient = People.signUp(service, "PATIENT");
        String therapist = People.signUp(service, "THERAPIST");
        String admin = "page-admin-" + UUID.randomUUID() + "@example.org";
        accounts.create(admin, People.PASSWORD, "Page admin", Role.SYSTEM_ADMIN);
        for (String endpoint : endpoints()) {
            if (!isPage(endpoint)) {
                continue;
            }
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1)
                    .replace("{token}", "A".repeat(43))
                    .replace("{path}", "how-long")
                    .replace("{part}", "oswestry")
                    .replace("{therapistId}", UUID.randomUUID().toString())
                    .replace("{courseId}", UUID.randomUUID().toString())
                    .replace("{appointmentId}", UUID.randomUUID().toString())
                    .replace("{session}", "1")
                    .replace("{timeOffId}", UUID.randomUUID().toString());
            Set<Caller> allowed = ALLOWED.get(endpoint);
            boolean open = allowed.contains(Caller.ANONYMOUS);
            BrowserSession anonymous = new BrowserSession(port);
            BrowserSession allowedOne = new BrowserSession(port);
            allowedOne.logIn(
                    allowed.contains(Caller.THE_PATIENT)
                            ? patient
                            : allowed.contains(Caller.OTHER_THERAPIST) ? therapist : admin,
                    People.PASSWORD);
            BrowserSession patientSession = new BrowserSession(port);
            patientSession.logIn(patient, People.PASSWORD);
            if (method.equals("GET")) {
                HttpResponse<String> asAnonymous = anonymous.get(path);
                if (open) {
                    assertThat(reached(endpoint, asAnonymous))
                            .as("anonymous " + endpoint)
                            .isTrue();
                } else {
                    assertThat(asAnonymous.statusCode())
                            .as("anonymous " + endpoint)
                            .isEqualTo(302);
                    assertThat(asAnonymous.headers().firstValue("Location"))
                            .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
                }
                assertThat(reached(endpoint, allowedOne.get(path)))
                        .as("allowed " + endpoint)
                        .isTrue();
                if (!allowed.contains(Caller.THE_PATIENT)) {
                    assertThat(patientSession.get(path).statusCode())
                            .as("patient " + endpoint)
                            .isEqualTo(403);
                }
            } else {
                // Every form needs its CSRF token, whoever sends it.
                assertThat(anonymous.post(path, Map.of()).statusCode())
                        .as("forged " + endpoint)
                        .isEqualTo(403);
                int status = open
                        ? anonymous.submit("/signup", path, Map.of()).statusCode()
                        : allowedOne.submit("/account", path, Map.of()).statusCode();
                assertThat(status)
                        .as("with token " + endpoint)
                        .isNotIn(401, 403)
                        .isLessThan(500);
                if (!allowed.contains(Caller.THE_PATIENT)) {
                    assertThat(patientSession.submit("/account", path, Map.of()).statusCode())
                            .as("patient with token " + endpoint)
                            .isEqualTo(403);
                }
            }
        }
    }

    /**
     * Shown, or sent on to a page that is not the login page (a check-in step sends a person back to the first
     * question not yet answered), or "not found" for a made-up id in the address: never refused or broken.
     */
    private static boolean reached(String endpoint, HttpResponse<String> response) {
        boolean madeUpId = endpoint.matches(".*\\{\\w+Id\\}.*");
        return (madeUpId && response.statusCode() == 404) || shownOrSentOn(response);
    }

    /**
     * The page is shown, or the caller is sent on to another page that is not the login page (a check-in step sends
     * a person back to the first question not yet answered).
     */
    private static boolean shownOrSentOn(HttpResponse<String> response) {
        if (response.statusCode() == 200) {
            return true;
        }
        boolean redirect = response.statusCode() == 302 || response.statusCode() == 303;
        return redirect
                && response.headers()
                        .firstValue("Location")
                        .filter(location -> !location.endsWith("/login"))
                        .isPresent();
    }

    /** Deleting an account would take the caller away from the rest of the matrix: use a fresh set. */
    private int deleteWithFreshCallers(Caller caller, String endpoint) {
        String matrixPatient = patientId;
        try {
            return call(callers().get(caller), endpoint).statusCode();
        } finally {
            patientId = matrixPatient;
        }
    }

    private Map<Caller, ServiceClient> callers() {
        Map<Caller, ServiceClient> clients = new EnumMap<>(Caller.class);
        clients.put(Caller.ANONYMOUS, service);
        ServiceClient patient = People.newPatient(service);
        patientId = json(patient.get("/api/v1/me")).get("id").asString();
        patient.postJson("/api/v1/me/assessments", IntakeExamples.WITH_OSTEOPOROSIS);
        clients.put(Caller.THE_PATIENT, patient);
        clients.put(Caller.ANOTHER_PATIENT, People.newPatient(service));
        String granted = People.signUpVerified(service, context, "THERAPIST");
        ServiceClient grantedTherapist = People.signedIn(service, granted);
        People.share(patient, grantedTherapist, context, granted, "THERAPIST");
        clients.put(Caller.GRANTED_THERAPIST, grantedTherapist);
        clients.put(Caller.OTHER_THERAPIST, People.signedIn(service, People.signUp(service, "THERAPIST")));
        clients.put(Caller.CLINIC_ADMIN, given(Role.CLINIC_ADMIN));
        clients.put(Caller.EVIDENCE_EDITOR, given(Role.EVIDENCE_EDITOR));
        clients.put(Caller.SYSTEM_ADMIN, given(Role.SYSTEM_ADMIN));
        return clients;
    }

    /** Roles nobody can sign up for are given, as the admin command does. */
    private ServiceClient given(Role role) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@example.org";
        accounts.create(email, People.PASSWORD, "Given " + role, role);
        return People.signedIn(service, email);
    }

    private Set<String> endpoints() {
        return MappedEndpoints.of(mappings, service, context);
    }

    private HttpResponse<String> call(ServiceClient client, String endpoint) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1)
                .replace("{patientId}", patientId)
                .replace("{grantId}", UUID.randomUUID().toString())
                .replace("{therapistId}", UUID.randomUUID().toString())
                .replace("{courseId}", UUID.randomUUID().toString())
                .replace("{appointmentId}", UUID.randomUUID().toString())
                .replace("{session}", "1")
                .replace("{timeOffId}", UUID.randomUUID().toString())
                .replace("{id}", UUID.randomUUID().toString());
        boolean withBody = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        return client.send(method, path, withBody ? "{}" : null, "application/json");
    }
}
