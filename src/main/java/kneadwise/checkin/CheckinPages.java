package kneadwise.checkin;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Optional;
import kneadwise.assessment.AssessmentEngine;
import kneadwise.assessment.TriageLevel;
import kneadwise.system.FormValues;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The check-in as plain HTML forms, one topic a step. Each step posts to itself and is redirected to the next
 * (post/redirect/get), so the browser's back button and the page's Back button both show the answers given.
 */
@Controller
class CheckinPages {

    private final CheckinDrafts drafts;
    private final AssessmentEngine engine;

    CheckinPages(CheckinDrafts drafts, AssessmentEngine engine) {
        this.drafts = drafts;
        this.engine = engine;
    }

    @GetMapping("/check-in")
    String start(HttpSession session, Model model) {
        CheckinDraft draft = drafts.load(session);
        model.addAttribute("started", draft.isDone(CheckinStep.ABOUT_YOU));
        model.addAttribute(
                "continueAt", draft.firstUnfinished().map(CheckinStep::url).orElse("/check-in/result"));
        return "checkin/start";
    }

    @PostMapping("/check-in/restart")
    String restart(HttpSession session) {
        drafts.clear(session);
        return "redirect:" + CheckinStep.ABOUT_YOU.url();
    }

    @GetMapping("/check-in/{path}")
    String show(@PathVariable String path, HttpSession session, Model model) {
        return show(step(path), session, model);
    }

    @GetMapping("/check-in/daily-life/{part}")
    String showQuestionnaire(@PathVariable String part, HttpSession session, Model model) {
        return show(step("daily-life/" + part), session, model);
    }

    @PostMapping("/check-in/{path}")
    String answer(
            @PathVariable String path,
            @RequestParam MultiValueMap<String, String> form,
            HttpSession session,
            Model model,
            HttpServletResponse response) {
        return answer(step(path), form, session, model, response);
    }

    @PostMapping("/check-in/daily-life/{part}")
    String answerQuestionnaire(
            @PathVariable String part,
            @RequestParam MultiValueMap<String, String> form,
            HttpSession session,
            Model model,
            HttpServletResponse response) {
        return answer(step("daily-life/" + part), form, session, model, response);
    }

    private String show(CheckinStep step, HttpSession session, Model model) {
        CheckinDraft draft = drafts.load(session);
        if (!draft.canOpen(step)) {
            return "redirect:"
                    + draft.firstUnfinished().orElse(CheckinStep.ABOUT_YOU).url();
        }
        return render(step, draft, StepForms.values(step, draft), Map.of(), model);
    }

    private String answer(
            CheckinStep step,
            MultiValueMap<String, String> form,
            HttpSession session,
            Model model,
            HttpServletResponse response) {
        CheckinDraft draft = drafts.load(session);
        if (!draft.canOpen(step)) {
            return "redirect:"
                    + draft.firstUnfinished().orElse(CheckinStep.ABOUT_YOU).url();
        }
        StepForms.Outcome outcome = StepForms.read(step, form, draft);
        boolean back = "back".equals(form.getFirst("go"));
        if (back) {
            // Going back keeps what was answered correctly here and drops nothing said before.
            if (outcome.valid()) {
                drafts.save(session, outcome.draft());
            }
            return "redirect:" + draft.before(step).map(CheckinStep::url).orElse("/check-in");
        }
        if (!outcome.valid()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return render(step, draft, StepForms.asSubmitted(form), outcome.problems(), model);
        }
        CheckinDraft answered = outcome.draft();
        drafts.save(session, answered);
        if (step == CheckinStep.WARNING_SIGNS && isEmergency(answered)) {
            return "redirect:/check-in/result"; // nothing else matters today
        }
        Optional<CheckinStep> next = answered.after(step);
        return "redirect:" + next.map(CheckinStep::url).orElse("/check-in/result");
    }

    private boolean isEmergency(CheckinDraft draft) {
        return draft.hasSafetyBasics()
                && engine.assess(draft.toIntake()).triage().level() == TriageLevel.EMERGENCY;
    }

    private String render(
            CheckinStep step, CheckinDraft draft, FormValues form, Map<String, String> problems, Model model) {
        model.addAttribute("step", step);
        if (step == CheckinStep.DOCTORS_CHECK) {
            model.addAttribute(
                    "clearable",
                    draft.clearable().stream().map(CheckinQuestions::clearable).toList());
        }
        model.addAttribute("stepCount", CheckinStep.COUNT);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("questions", QuestionsView.INSTANCE);
        return "checkin/step";
    }

    private static CheckinStep step(String path) {
        return CheckinStep.byPath(path)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such check-in step"));
    }
}
