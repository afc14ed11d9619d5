package kneadwise.fhir;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import kneadwise.assessment.ChangeEvaluation;
import kneadwise.assessment.ChangeVerdict;
import kneadwise.assessment.Instrument;
import kneadwise.booking.CourseOutlines.CourseOutline;
import kneadwise.booking.CourseOutlines.SessionTime;
import kneadwise.outcomes.CourseNotes;
import kneadwise.outcomes.CourseProgress;
import kneadwise.outcomes.SessionNote;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.jspecify.annotations.Nullable;

/**
 * A course of massage as FHIR: the plan ({@code CarePlan}, with its sessions and its trial-of-massage rule), what
 * counts as working ({@code Goal}, one for pain and one for function), each session ({@code Appointment}) and each
 * session's note ({@code Procedure}). Ids are the course's id, with the session's number where there is one. Pure
 * functions of the course record and the moment asked.
 */
final class CourseResources {

    static final String GOAL_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement";

    /** CLINICAL.md section 4 (Ostelo et al. 2008) and the checkpoint of section 6, in our own words. */
    static final String RULE = "A trial of massage: pain (0 to 10) and daily function are recorded before the first"
            + " session and at each one. After session " + CourseProgress.CHECKPOINT_SESSION + " they are compared"
            + " with session 1: if either has got worse by an amount that matters, the course stops and the person"
            + " sees a clinician; otherwise it goes on. At the last session the course is judged the same way. An"
            + " amount that matters is 2 points of pain, 5 Roland-Morris points or 10 Oswestry points, or 30% of the"
            + " starting score.";

    private CourseResources() {}

    static CarePlan carePlan(CourseRecord course) {
        CourseOutline outline = course.outline();
        CarePlan plan = new CarePlan();
        plan.setId(outline.id().toString());
        plan.setMeta(meta(course.lastChanged()));
        plan.setStatus(status(course));
        plan.setIntent(CarePlan.CarePlanIntent.PLAN);
        plan.setTitle(planTitle(outline));
        plan.setDescription(RULE);
        plan.setSubject(patient(outline));
        plan.setCreated(Date.from(outline.bookedAt()));
        plan.setPeriod(period(outline));
        plan.setAuthor(practitioner(outline));
        for (GoalPart goal : goalParts(course)) {
            plan.addGoal(new Reference("Goal/" + goalId(outline, goal.name())));
        }
        for (SessionTime session : outline.times()) {
            plan.addActivity().setReference(new Reference("Appointment/" + sessionId(outline, session.session())));
        }
        planNotes(course).forEach(text -> plan.addNote().setText(text));
        return plan;
    }

    static String planTitle(CourseOutline outline) {
        return "Course of " + outline.sessions() + " massage sessions with " + outline.therapistName();
    }

    /** What the course's checkpoint and end advised, as the plan's notes. */
    static List<String> planNotes(CourseRecord course) {
        CourseProgress progress = course.outcomes().progress();
        List<String> notes = new ArrayList<>();
        if (progress.checkpoint() != null) {
            notes.add("After session " + progress.checkpoint().session() + ": "
                    + progress.checkpoint().advice().message());
        }
        if (progress.end() != null) {
            notes.add("At the end: " + progress.end().message());
        }
        return notes;
    }

    /** Completed once judged at its end; revoked when every session was cancelled; active until then. */
    static CarePlan.CarePlanStatus status(CourseRecord course) {
        if (course.outcomes().progress().end() != null) {
            return CarePlan.CarePlanStatus.COMPLETED;
        }
        boolean allCancelled = course.outline().times().stream().allMatch(SessionTime::cancelled);
        return allCancelled ? CarePlan.CarePlanStatus.REVOKED : CarePlan.CarePlanStatus.ACTIVE;
    }

    /** One of a course's goals, before it is a resource: what it measures, and how it stands. */
    record GoalPart(
            String name,
            Coding measure,
            String description,
            @Nullable ChangeEvaluation judged) {}

    /** The clinically important change in pain, and in function when the course measures it. */
    static List<GoalPart> goalParts(CourseRecord course) {
        CourseProgress progress = course.outcomes().progress();
        List<GoalPart> goals = new ArrayList<>();
        goals.add(new GoalPart(
                "pain",
                CheckinResources.PAIN,
                "Pain down by at least 2 points, or 30%, from session 1",
                evaluation(progress, true)));
        Instrument instrument = course.outcomes().instrument();
        if (instrument == Instrument.ODI) {
            goals.add(new GoalPart(
                    "function",
                    CheckinResources.ODI,
                    "Oswestry score down by at least 10 points, or 30%, from session 1",
                    evaluation(progress, false)));
        } else if (instrument == Instrument.RMDQ) {
            goals.add(new GoalPart(
                    "function",
                    CheckinResources.RMDQ,
                    "Roland-Morris score down by at least 5 points, or 30%, from session 1",
                    evaluation(progress, false)));
        }
        return goals;
    }

    static List<Goal> goals(CourseRecord course) {
        return goalParts(course).stream().map(part -> goal(course, part)).toList();
    }

    static String goalId(CourseOutline outline, String name) {
        return outline.id() + "-" + name;
    }

    private static Goal goal(CourseRecord course, GoalPart part) {
        CourseOutline outline = course.outline();
        Goal goal = new Goal();
        goal.setId(goalId(outline, part.name()));
        goal.setMeta(meta(course.lastChanged()));
        boolean ended = course.outcomes().progress().end() != null;
        goal.setLifecycleStatus(ended ? Goal.GoalLifecycleStatus.COMPLETED : Goal.GoalLifecycleStatus.ACTIVE);
        goal.setDescription(new CodeableConcept().setText(part.description()));
        goal.setSubject(patient(outline));
        goal.addTarget()
                .setMeasure(new CodeableConcept(part.measure().copy()))
                .setDetail(new CodeableConcept().setText(part.description()));
        goal.addAddresses(new Reference("CarePlan/" + outline.id()));
        if (part.judged() != null) {
            goal.setAchievementStatus(new CodeableConcept(
                    new Coding(GOAL_ACHIEVEMENT, achievement(part.judged().verdict(), ended), null)));
        }
        return goal;
    }

    private static @Nullable ChangeEvaluation evaluation(CourseProgress progress, boolean pain) {
        if (progress.end() != null) {
            return pain ? progress.end().pain() : progress.end().function();
        }
        if (progress.checkpoint() != null) {
            return pain ? progress.checkpoint().pain() : progress.checkpoint().function();
        }
        return null;
    }

    static String achievement(ChangeVerdict verdict, boolean ended) {
        return switch (verdict) {
            case IMPROVED -> ended ? "achieved" : "improving";
            case WORSENED -> "worsening";
            case NO_IMPORTANT_CHANGE -> ended ? "not-achieved" : "no-change";
        };
    }

    /** Each planned session; one that has ended and was not cancelled counts as fulfilled. */
    static List<Appointment> appointments(CourseOutline outline, Instant now) {
        List<Appointment> appointments = new ArrayList<>();
        for (SessionTime session : outline.times()) {
            Appointment appointment = new Appointment();
            appointment.setId(sessionId(outline, session.session()));
            appointment.setMeta(meta(sessionChanged(outline, session, now)));
            appointment.setStatus(sessionStatus(session, now));
            appointment.setDescription(sessionDescription(outline, session));
            appointment.setStart(Date.from(session.start()));
            appointment.setEnd(Date.from(session.end()));
            appointment.setCreated(Date.from(outline.bookedAt()));
            appointment.addParticipant().setActor(patient(outline)).setStatus(Appointment.ParticipationStatus.ACCEPTED);
            appointment
                    .addParticipant()
                    .setActor(practitioner(outline))
                    .setStatus(Appointment.ParticipationStatus.ACCEPTED);
            appointments.add(appointment);
        }
        return appointments;
    }

    static Appointment.AppointmentStatus sessionStatus(SessionTime session, Instant now) {
        if (session.cancelled()) {
            return Appointment.AppointmentStatus.CANCELLED;
        }
        return session.end().isBefore(now)
                ? Appointment.AppointmentStatus.FULFILLED
                : Appointment.AppointmentStatus.BOOKED;
    }

    /** Cancelled and fulfilled are changes of their own: at the cancellation, and at the session's end. */
    static Instant sessionChanged(CourseOutline outline, SessionTime session, Instant now) {
        Instant cancelledAt = session.cancelledAt();
        if (cancelledAt != null) {
            return cancelledAt;
        }
        return sessionStatus(session, now) == Appointment.AppointmentStatus.FULFILLED
                ? session.end()
                : outline.bookedAt();
    }

    static String sessionDescription(CourseOutline outline, SessionTime session) {
        return "Massage session " + session.session() + " of " + outline.sessions();
    }

    /** Each session's note: where, how (techniques, pressure) and for how long, with the therapist's words. */
    static List<Procedure> procedures(CourseRecord course) {
        return procedures(course.notes());
    }

    /** The same from the course's notes alone. */
    static List<Procedure> procedures(CourseNotes.Notes notes) {
        CourseOutline outline = notes.course();
        List<Procedure> procedures = new ArrayList<>();
        for (CourseNotes.Noted noted : notes.notes()) {
            SessionNote note = noted.note();
            Procedure procedure = new Procedure();
            procedure.setId(outline.id() + "-note-" + note.session());
            procedure.setMeta(meta(note.writtenAt()));
            procedure.setStatus(Procedure.ProcedureStatus.COMPLETED);
            procedure.setCode(new CodeableConcept().setText("Massage therapy, session " + note.session()));
            procedure.setSubject(patient(outline));
            Optional<SessionTime> time = outline.times().stream()
                    .filter(session -> session.session() == note.session())
                    .findFirst();
            time.ifPresentOrElse(
                    session -> procedure.setPerformed(
                            new Period().setStart(Date.from(session.start())).setEnd(Date.from(session.end()))),
                    () -> procedure.setPerformed(new org.hl7.fhir.r4.model.DateTimeType(Date.from(note.writtenAt()))));
            procedure.addPerformer().setActor(practitioner(outline));
            for (var region : note.regions()) {
                procedure.addBodySite(new CodeableConcept(
                        new Coding(CodeSystems.url(CodeSystems.BODY_REGION), region.name(), region.label())));
            }
            procedure
                    .addNote()
                    .setText("Techniques: "
                            + String.join(
                                    ", ",
                                    note.techniques().stream()
                                            .map(technique -> technique.label())
                                            .toList()));
            procedure
                    .addNote()
                    .setText("Pressure: " + note.pressure().name().toLowerCase(java.util.Locale.ROOT) + "; "
                            + note.minutes() + " minutes");
            addText(procedure, "What the client said: ", note.subjective());
            addText(procedure, "Response: ", note.response());
            addText(procedure, "Plan: ", note.plan());
            procedure.addReasonReference(new Reference("CarePlan/" + outline.id()));
            procedures.add(procedure);
        }
        return procedures;
    }

    static String sessionId(CourseOutline outline, int session) {
        return outline.id() + "-" + session;
    }

    private static void addText(Procedure procedure, String label, String text) {
        if (!text.isBlank()) {
            procedure.addNote().setText(label + text);
        }
    }

    private static Period period(CourseOutline outline) {
        Period period = new Period();
        outline.times().stream()
                .map(SessionTime::start)
                .min(Instant::compareTo)
                .ifPresent(start -> period.setStart(Date.from(start)));
        outline.times().stream()
                .map(SessionTime::end)
                .max(Instant::compareTo)
                .ifPresent(end -> period.setEnd(Date.from(end)));
        return period;
    }

    static Reference patient(CourseOutline outline) {
        return new Reference("Patient/" + outline.patientId());
    }

    static Reference practitioner(CourseOutline outline) {
        return new Reference("Practitioner/" + outline.therapistId()).setDisplay(outline.therapistName());
    }

    private static Meta meta(Instant changed) {
        return new Meta().setVersionId(String.valueOf(changed.toEpochMilli())).setLastUpdated(Date.from(changed));
    }
}
