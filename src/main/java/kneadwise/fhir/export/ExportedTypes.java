package kneadwise.fhir.export;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import kneadwise.accounts.AllPatients;
import kneadwise.accounts.AllStandingGrants;
import kneadwise.booking.CourseOutlines.SessionTime;
import kneadwise.checkin.AllCheckins;
import kneadwise.checkin.KeptCheckin;
import kneadwise.fhir.BulkJson;
import kneadwise.fhir.BulkResources;
import kneadwise.outcomes.AllCourseOutcomes;
import kneadwise.outcomes.AllSessionLogs;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;

/**
 * The resource types an export writes, and where each comes from: the same mapping as the FHIR facade's reads
 * ({@link BulkResources}), over rows streamed from PostgreSQL. A person's QuestionnaireResponses are their kept
 * check-ins and their session logs; their Observations, the scores of both; their Flags, the triage reasons of their
 * check-ins; a course is a CarePlan with its Goals, an Appointment per session and a Procedure per session note; a
 * standing grant of access to their record is a Consent.
 */
@Component
class ExportedTypes {

    /** In the order written: a patient before what refers to them. */
    static final List<String> ALL = List.of(
            "Patient",
            "Consent",
            "Flag",
            "CarePlan",
            "Goal",
            "Appointment",
            "Procedure",
            "QuestionnaireResponse",
            "Observation");

    /**
     * What a research export may hold: every type {@link Pseudonyms} knows. A Consent is left out: all it says is
     * which clinician a person invited to their record, which is that clinician's identity and nothing for research.
     */
    static final List<String> RESEARCH =
            ALL.stream().filter(type -> !type.equals("Consent")).toList();

    private final AllPatients patients;
    private final AllStandingGrants grants;
    private final AllCheckins checkins;
    private final AllSessionLogs logs;
    private final AllCourseOutcomes courses;
    private final FhirContext fhir;
    private final Clock clock;

    ExportedTypes(
            AllPatients patients,
            AllStandingGrants grants,
            AllCheckins checkins,
            AllSessionLogs logs,
            AllCourseOutcomes courses,
            FhirContext fhir,
            Clock clock) {
        this.patients = patients;
        this.grants = grants;
        this.checkins = checkins;
        this.logs = logs;
        this.courses = courses;
        this.fhir = fhir;
        this.clock = clock;
    }

    /** The types made from a course and its logs: read together, in one pass over the courses and their logs. */
    static final List<String> PLAN_TYPES = List.of("CarePlan", "Goal");

    /** The types made from a course's sessions and notes: read together, without the logs. */
    static final List<String> SESSION_TYPES = List.of("Appointment", "Procedure");

    /**
     * The types, in their order, grouped by what is read for them: plans and goals in one pass over the courses with
     * their logs, sessions and notes in another without them (a pass over every course costs far more than writing
     * what it reads), every other type in a read of its own. Two writers take the reads in this order.
     */
    static List<List<String>> reads(List<String> types) {
        List<List<String>> reads = new ArrayList<>();
        for (String type : types) {
            List<String> group = PLAN_TYPES.contains(type)
                    ? PLAN_TYPES
                    : SESSION_TYPES.contains(type) ? SESSION_TYPES : List.of(type);
            List<String> asked = group.stream().filter(types::contains).toList();
            if (asked.getFirst().equals(type)) {
                reads.add(asked);
            }
        }
        return reads;
    }

    /**
     * The reads, longest first, as the benchmark population measured them (docs/benchmarks/fhir.md): the writers take
     * them in this order, so that a long read does not start last and run alone.
     */
    static List<List<String>> longestFirst(List<List<String>> reads) {
        List<String> byLength = List.of(
                "Appointment", "CarePlan", "Observation", "QuestionnaireResponse", "Patient", "Flag", "Consent");
        return reads.stream()
                .sorted(Comparator.comparingInt(read -> read.stream()
                        .mapToInt(type -> byLength.contains(type) ? byLength.indexOf(type) : byLength.size())
                        .min()
                        .orElseThrow()))
                .toList();
    }

    /** Hands every resource of the read's types to {@code each}, with its type. */
    void write(
            List<String> read, UUID @Nullable [] members, @Nullable Instant since, BiConsumer<String, Resource> each) {
        if (PLAN_TYPES.contains(read.getFirst())) {
            courses.forEach(members, course -> {
                if (read.contains("CarePlan")) {
                    changed(List.of(BulkResources.carePlan(course)), since, plan -> each.accept("CarePlan", plan));
                }
                if (read.contains("Goal")) {
                    changed(BulkResources.goals(course), since, goal -> each.accept("Goal", goal));
                }
            });
        } else if (SESSION_TYPES.contains(read.getFirst())) {
            Instant now = clock.instant();
            courses.forEachWithNotes(members, notes -> {
                if (read.contains("Appointment")) {
                    changed(
                            BulkResources.appointments(notes.course(), now),
                            since,
                            session -> each.accept("Appointment", session));
                }
                if (read.contains("Procedure")) {
                    changed(BulkResources.procedures(notes), since, note -> each.accept("Procedure", note));
                }
            });
        } else {
            write(read.getFirst(), members, since, resource -> each.accept(read.getFirst(), resource));
        }
    }

    /**
     * Writes every resource of the read's types as JSON, each type to its own generator ({@code outOf}), calling
     * {@code endOfLine} with the type after each (as {@link #writeJson(String, UUID[], Instant, JsonGenerator,
     * Runnable)} does for one type).
     */
    void writeJson(
            List<String> read,
            UUID @Nullable [] members,
            @Nullable Instant since,
            Function<String, JsonGenerator> outOf,
            Consumer<String> endOfLine) {
        if (PLAN_TYPES.contains(read.getFirst())) {
            courses.forEach(members, course -> {
                if (read.contains("CarePlan") && BulkJson.carePlan(outOf.apply("CarePlan"), course, since)) {
                    endOfLine.accept("CarePlan");
                }
                if (read.contains("Goal")) {
                    BulkJson.goals(outOf.apply("Goal"), course, since, () -> endOfLine.accept("Goal"));
                }
            });
        } else if (SESSION_TYPES.contains(read.getFirst())) {
            Instant now = clock.instant();
            IParser hapi = fhir.newJsonParser();
            courses.forEachWithNotes(members, course -> {
                if (read.contains("Appointment")) {
                    for (SessionTime session : course.course().times()) {
                        if (BulkJson.appointment(outOf.apply("Appointment"), course.course(), session, now, since)) {
                            endOfLine.accept("Appointment");
                        }
                    }
                }
                if (read.contains("Procedure")) {
                    changed(BulkResources.procedures(course), since, procedure -> {
                        outOf.apply("Procedure").writeRawValue(hapi.encodeResourceToString(procedure));
                        endOfLine.accept("Procedure");
                    });
                }
            });
        } else {
            String type = read.getFirst();
            writeJson(type, members, since, outOf.apply(type), () -> endOfLine.accept(type));
        }
    }

    /**
     * Hands every resource of the type to {@code each}.
     *
     * @param members these patients' resources alone, or everyone's when null
     * @param since only resources changed after this time, or all when null
     */
    void write(String type, UUID @Nullable [] members, @Nullable Instant since, Consumer<Resource> each) {
        switch (type) {
            case "Patient" -> patients.forEach(members, since, account -> each.accept(BulkResources.patient(account)));
            case "Consent" -> grants.forEach(members, since, grant -> each.accept(BulkResources.consent(grant)));
            case "Flag" -> flags(members, since, each);
            case "QuestionnaireResponse" -> {
                checkins.forEach(members, since, kept -> each.accept(BulkResources.checkin(kept)));
                logs.forEach(
                        members, since, owned -> each.accept(BulkResources.sessionLog(owned.log(), owned.patientId())));
            }
            case "Observation" -> {
                checkins.forEach(
                        members,
                        since,
                        kept -> BulkResources.checkinScores(kept).forEach(each));
                logs.forEach(
                        members,
                        since,
                        owned -> BulkResources.sessionScores(owned.log(), owned.patientId())
                                .forEach(each));
            }
            default -> throw new IllegalArgumentException("not an exported type: " + type);
        }
    }

    /**
     * Writes every resource of the type as JSON, calling {@code endOfLine} after each: patients, courses (plans,
     * goals, sessions), session logs and their scores straight ({@link BulkJson}: the same JSON, without building
     * HAPI's objects); the rest, a few per person or course rather than one per session, through HAPI.
     */
    void writeJson(
            String type, UUID @Nullable [] members, @Nullable Instant since, JsonGenerator out, Runnable endOfLine) {
        IParser hapi = fhir.newJsonParser();
        Consumer<Resource> throughHapi = resource -> {
            out.writeRawValue(hapi.encodeResourceToString(resource));
            endOfLine.run();
        };
        switch (type) {
            case "Patient" ->
                patients.forEach(members, since, account -> {
                    BulkJson.patient(out, account);
                    endOfLine.run();
                });
            case "QuestionnaireResponse" -> {
                checkins.forEach(members, since, kept -> throughHapi.accept(BulkResources.checkin(kept)));
                logs.forEach(members, since, owned -> {
                    BulkJson.sessionLog(out, owned.log(), owned.patientId());
                    endOfLine.run();
                });
            }
            case "Observation" -> {
                checkins.forEach(
                        members,
                        since,
                        kept -> BulkResources.checkinScores(kept).forEach(throughHapi));
                logs.forEach(members, since, owned -> {
                    BulkJson.painScore(out, owned.log(), owned.patientId());
                    endOfLine.run();
                    if (BulkJson.hasFunctionScore(owned.log())) {
                        BulkJson.functionScore(out, owned.log(), owned.patientId());
                        endOfLine.run();
                    }
                });
            }
            default -> write(type, members, since, throughHapi);
        }
    }

    /**
     * Each person's Flags. A flag changes when a newer check-in ends it, so every check-in is read (one person's at a
     * time) and {@code since} applies to the flags themselves.
     */
    private void flags(UUID @Nullable [] members, @Nullable Instant since, Consumer<Resource> each) {
        List<KeptCheckin> person = new ArrayList<>();
        checkins.forEach(members, null, kept -> {
            if (!person.isEmpty() && !person.getFirst().patientId().equals(kept.patientId())) {
                flagsOf(person, since, each);
            }
            person.add(kept);
        });
        flagsOf(person, since, each);
    }

    private static void flagsOf(List<KeptCheckin> oldestFirst, @Nullable Instant since, Consumer<Resource> each) {
        BulkResources.flags(oldestFirst.reversed()).stream()
                .filter(flag -> changedSince(flag, since))
                .forEach(each);
        oldestFirst.clear();
    }

    /** Hands on those of the resources changed after {@code since} (all when it is null). */
    private static <T extends Resource> void changed(List<T> resources, @Nullable Instant since, Consumer<T> each) {
        for (T resource : resources) {
            if (changedSince(resource, since)) {
                each.accept(resource);
            }
        }
    }

    private static boolean changedSince(Resource resource, @Nullable Instant since) {
        return BulkResources.changedSince(resource.getMeta().getLastUpdated().toInstant(), since);
    }
}
