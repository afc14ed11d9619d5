package kneadwise.outcomes;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import kneadwise.accounts.AccountLookup;
import kneadwise.accounts.SignedIn;
import kneadwise.assessment.AssessmentEngine;
import kneadwise.assessment.Instrument;
import kneadwise.checkin.QuestionsView;
import kneadwise.system.FieldProblem;
import kneadwise.system.FormValues;
import kneadwise.system.InvalidInputException;
import kneadwise.system.NotFoundException;
import kneadwise.system.PdfDocuments;
import kneadwise.system.UsDates;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The course's progress page (verdicts, charts with the important-change band, the same scores as a table) and the
 * page where the person logs a session. Same rules as the API: the patient logs; the patient and the therapist read.
 */
@Controller
class OutcomePages {

    /** The overall-change answers in their words, for the log's last session (built once, shown on every log). */
    static final Map<GlobalImpression, String> IMPRESSIONS = impressions();

    static final DateTimeFormatter WHEN = UsDates.DATE_AND_TIME;

    /** One row of the table that carries the same figures as the charts. */
    record Row(int session, String pain, String function, String sideEffects) {}

    record DueLink(int session, String when, String asks) {}

    private final CourseOutcomes outcomes;
    private final CourseNotes notes;
    private final AccountLookup accounts;
    private final PdfDocuments pdf;
    private final Clock clock;

    OutcomePages(CourseOutcomes outcomes, CourseNotes notes, AccountLookup accounts, PdfDocuments pdf, Clock clock) {
        this.outcomes = outcomes;
        this.notes = notes;
        this.accounts = accounts;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** The end-of-course summary to share with a doctor: page, and the same as PDF. */
    @GetMapping("/courses/{courseId}/summary")
    String summary(@AuthenticationPrincipal SignedIn me, @PathVariable("courseId") String courseId, Model model) {
        model.addAllAttributes(summary(me, CourseIds.parse(courseId)));
        model.addAttribute("pdf", false);
        return "outcomes/summary";
    }

    @GetMapping("/courses/{courseId}/summary.pdf")
    ResponseEntity<byte[]> summaryPdf(@AuthenticationPrincipal SignedIn me, @PathVariable("courseId") String courseId) {
        byte[] document = pdf.render("outcomes/summary", summary(me, CourseIds.parse(courseId)));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(PdfDocuments.MEDIA_TYPE))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("kneadwise-massage-course-summary.pdf")
                                .build()
                                .toString())
                .body(document);
    }

    private Map<String, Object> summary(SignedIn me, UUID courseId) {
        CourseOutcomes.View view = outcomes.view(me.account(), courseId);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("progress", OutcomesApi.progress(view));
        values.put("rows", rows(view));
        values.put("notes", notes.read(me.account(), courseId).notes());
        values.put(
                "patientName",
                accounts.find(view.course().patientId())
                        .map(patient -> patient.name())
                        .orElse("The person"));
        values.put("therapistName", view.course().therapistName());
        values.put(
                "today",
                UsDates.LONG_DATE.format(
                        java.time.LocalDate.now(clock.withZone(view.course().timeZone()))));
        return values;
    }

    @GetMapping("/courses/{courseId}/progress")
    String progress(@AuthenticationPrincipal SignedIn me, @PathVariable("courseId") String courseId, Model model) {
        CourseOutcomes.View view = outcomes.view(me.account(), CourseIds.parse(courseId));
        CourseProgress progress = view.progress();
        model.addAttribute("view", view);
        model.addAttribute("progress", OutcomesApi.progress(view));
        model.addAttribute("asPatient", view.course().viewerIsPatient());
        List<ProgressChart> charts = new ArrayList<>();
        charts.add(ProgressChart.of("Pain", Instrument.NRS, progress.sessions(), progress.pain()));
        Instrument instrument = view.instrument();
        if (instrument != null && !progress.function().isEmpty()) {
            charts.add(ProgressChart.of("Daily activities", instrument, progress.sessions(), progress.function()));
        }
        // the template's SVG viewBox is ProgressChart.WIDTH x HEIGHT (640 x 260)
        model.addAttribute("charts", charts);
        model.addAttribute("rows", rows(view));
        model.addAttribute(
                "due",
                view.due().stream()
                        .map(due -> new DueLink(
                                due.session(),
                                WHEN.format(
                                        due.sessionStart().atZone(view.course().timeZone())),
                                String.join(", ", due.asks())))
                        .toList());
        return "outcomes/progress";
    }

    @GetMapping("/courses/{courseId}/log/{session}")
    String logForm(
            @AuthenticationPrincipal SignedIn me,
            @PathVariable("courseId") String courseId,
            @PathVariable("session") int session,
            @RequestParam(name = "questionnaire", required = false) @Nullable String questionnaire,
            Model model) {
        CourseOutcomes.View view = outcomes.view(me.account(), CourseIds.parse(courseId));
        return form(model, view, session, questionnaire, Map.of(), List.of());
    }

    @PostMapping("/courses/{courseId}/log/{session}")
    String log(
            @AuthenticationPrincipal SignedIn me,
            @PathVariable("courseId") String courseId,
            @PathVariable("session") int session,
            @RequestParam MultiValueMap<String, String> form,
            Model model) {
        UUID course = CourseIds.parse(courseId);
        try {
            outcomes.log(me.account(), course, LogFormParams.toJson(session, form));
            return "redirect:/courses/" + course + "/progress?logged=" + session;
        } catch (InvalidInputException invalid) {
            CourseOutcomes.View view = outcomes.view(me.account(), course);
            return form(model, view, session, form.getFirst("questionnaire"), form, invalid.problems());
        } catch (OutcomeRefusals.AlreadyLogged | OutcomeRefusals.PatientLogsOnly refused) {
            CourseOutcomes.View view = outcomes.view(me.account(), course);
            return form(
                    model,
                    view,
                    session,
                    form.getFirst("questionnaire"),
                    form,
                    List.of(new FieldProblem("session", String.valueOf(refused.getMessage()))));
        }
    }

    private String form(
            Model model,
            CourseOutcomes.View view,
            int session,
            @Nullable String questionnaire,
            Map<String, List<String>> values,
            List<FieldProblem> problems) {
        int sessions = view.course().sessions();
        if (session < 1 || session > sessions) {
            throw new NotFoundException("session " + session);
        }
        Instrument instrument = view.instrument();
        String shown = instrument != null ? instrument.name() : "ODI".equals(questionnaire) ? "ODI" : "RMDQ";
        model.addAttribute("view", view);
        model.addAttribute("number", session);
        model.addAttribute("asPatient", view.course().viewerIsPatient());
        model.addAttribute("baseline", session == 1);
        model.addAttribute("asksFunction", CourseProgress.asksFunction(session, sessions));
        model.addAttribute("canSwitch", instrument == null);
        model.addAttribute("questionnaire", shown);
        model.addAttribute("last", session == sessions);
        model.addAttribute("questions", QuestionsView.questions());
        model.addAttribute("impressions", IMPRESSIONS);
        model.addAttribute("safetyNet", AssessmentEngine.safetyNet());
        model.addAttribute("kinds", LogFormParams.KINDS);
        model.addAttribute("severities", SideEffect.Severity.values());
        model.addAttribute("form", new FormValues(values));
        model.addAttribute("problems", FieldProblem.byField(problems));
        model.addAttribute(
                "summary",
                problems.stream()
                        .map(problem -> label(problem.field()) + ": " + problem.message())
                        .toList());
        return "outcomes/log";
    }

    private static List<Row> rows(CourseOutcomes.View view) {
        List<Row> rows = new ArrayList<>();
        for (SessionLog log : view.logs()) {
            rows.add(new Row(
                    log.session(),
                    String.valueOf(log.painNrs()),
                    log.function() == null ? "not asked" : log.function().toPlainString(),
                    log.sideEffects().isEmpty()
                            ? "none"
                            : String.join(
                                    ", ",
                                    log.sideEffects().stream()
                                            .map(OutcomePages::words)
                                            .toList())));
        }
        return rows;
    }

    /** The question a field belongs to, in the page's words (the API names the field itself). */
    static String label(String field) {
        if (field.startsWith("painNrs")) {
            return "Pain right now";
        }
        if (field.startsWith("sideEffects")) {
            return "Side effects";
        }
        if (field.startsWith("rmdq") || field.startsWith("odi")) {
            return "Back and daily activities";
        }
        if (field.startsWith("globalImpression")) {
            return "Overall change";
        }
        return "Session";
    }

    static String words(SideEffect effect) {
        String kind = effect.kind() == SideEffect.Kind.OTHER && effect.description() != null
                ? effect.description()
                : effect.kind().name().toLowerCase(Locale.ROOT);
        return effect.severity() == null
                ? kind
                : kind + " (" + effect.severity().name().toLowerCase(Locale.ROOT) + ")";
    }

    private static Map<GlobalImpression, String> impressions() {
        Map<GlobalImpression, String> words = new LinkedHashMap<>();
        for (GlobalImpression impression : GlobalImpression.values()) {
            words.put(impression, impression.words());
        }
        return java.util.Collections.unmodifiableMap(words);
    }
}
