package kneadwise.checkin;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import kneadwise.accounts.SignedIn;
import kneadwise.assessment.Assessment;
import kneadwise.assessment.AssessmentEngine;
import kneadwise.assessment.TriageLevel;
import kneadwise.evidence.EvidenceBase;
import kneadwise.system.PdfDocuments;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The check-in's result: one screen for an emergency, the reasons and a note for the doctor when a doctor should see
 * the person first, otherwise the full answer. Also the printable summary, its PDF, and saving to the record.
 */
@Controller
class ResultPages {

    private final CheckinDrafts drafts;
    private final AssessmentEngine engine;
    private final EvidenceBase evidence;
    private final PdfDocuments pdf;
    private final CheckinRecords records;
    private final JsonMapper json;
    private final Clock clock;

    ResultPages(
            CheckinDrafts drafts,
            AssessmentEngine engine,
            EvidenceBase evidence,
            PdfDocuments pdf,
            CheckinRecords records,
            JsonMapper json,
            Clock clock) {
        this.drafts = drafts;
        this.engine = engine;
        this.evidence = evidence;
        this.pdf = pdf;
        this.records = records;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/check-in/result")
    String result(HttpSession session, Model model) {
        return showAnswer(session, model, view -> {
            model.addAttribute("keptAt", drafts.keptAt(session));
            return switch (view.assessment().triage().level()) {
                case EMERGENCY -> "checkin/emergency";
                case SEE_CLINICIAN_FIRST -> "checkin/see-doctor";
                case MASSAGE_WITH_PRECAUTIONS, MASSAGE_SUITABLE -> "checkin/answer";
            };
        });
    }

    @GetMapping("/check-in/summary")
    String summary(HttpSession session, Model model) {
        return showAnswer(session, model, view -> {
            model.addAttribute("pdf", false);
            model.addAttribute("today", LocalDate.now(clock));
            return "checkin/summary";
        });
    }

    @GetMapping("/check-in/summary.pdf")
    ResponseEntity<byte[]> summaryPdf(HttpSession session) {
        CheckinDraft draft = drafts.load(session);
        Optional<AnswerView> view = view(draft);
        if (view.isEmpty()) {
            return ResponseEntity.status(303)
                    .header(HttpHeaders.LOCATION, unfinished(draft).substring("redirect:".length()))
                    .build();
        }
        byte[] document = pdf.render("checkin/summary", Map.of("view", view.get(), "today", LocalDate.now(clock)));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(PdfDocuments.MEDIA_TYPE))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("kneadwise-back-pain-summary.pdf")
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(document);
    }

    /** The optional values step (CLINICAL.md 5a): kept with the answers in the session, stored only when saved. */
    @PostMapping("/check-in/what-matters")
    String whatMatters(@RequestParam MultiValueMap<String, String> form, HttpSession session) {
        CheckinDraft draft = drafts.load(session);
        if (view(draft).isEmpty()) {
            return unfinished(draft);
        }
        StepForms.Outcome outcome = StepForms.readWhatMatters(form, draft);
        if (outcome.valid()) {
            drafts.save(session, outcome.draft());
        }
        return "redirect:/check-in/result#options";
    }

    /** Signed in only (see the security set-up): asks before keeping health data in the record. */
    @GetMapping("/check-in/save")
    String confirmSave(HttpSession session, Model model) {
        return showAnswer(session, model, view -> "checkin/save");
    }

    @PostMapping("/check-in/save")
    @Transactional
    String save(@AuthenticationPrincipal SignedIn me, HttpSession session) {
        CheckinDraft draft = drafts.load(session);
        Optional<AnswerView> view = view(draft);
        if (view.isEmpty()) {
            return unfinished(draft);
        }
        Assessment assessment = view.get().assessment();
        SavedAssessments.Saved kept = new SavedAssessments.Saved(
                UUID.randomUUID(),
                Instant.now(clock),
                json.valueToTree(draft.toIntake()),
                json.valueToTree(AssessmentDocument.of(assessment)));
        records.keep(me.account(), kept);
        drafts.markKept(session, kept.createdAt());
        return "redirect:/check-in/result";
    }

    /** The answer, once enough is answered: everything on the route, or the warning signs of an emergency. */
    private Optional<AnswerView> view(CheckinDraft draft) {
        if (!draft.hasSafetyBasics()) {
            return Optional.empty();
        }
        Assessment assessment = engine.assess(draft.toIntake());
        if (assessment.triage().level() != TriageLevel.EMERGENCY
                && draft.firstUnfinished().isPresent()) {
            return Optional.empty();
        }
        return Optional.of(AnswerView.of(assessment, draft, evidence));
    }

    /** A page of the answer with {@code view} in the model, or a redirect to the first question still unanswered. */
    private String showAnswer(HttpSession session, Model model, Function<AnswerView, String> template) {
        CheckinDraft draft = drafts.load(session);
        return view(draft)
                .map(view -> {
                    model.addAttribute("view", view);
                    return template.apply(view);
                })
                .orElseGet(() -> unfinished(draft));
    }

    private static String unfinished(CheckinDraft draft) {
        return "redirect:" + draft.firstUnfinished().map(CheckinStep::url).orElse("/check-in");
    }
}
