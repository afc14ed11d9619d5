package kneadwise.checkin;

import java.util.List;
import kneadwise.accounts.AuditLog;
import kneadwise.accounts.SignedIn;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.JsonNode;

/** A signed-in person's saved check-in answers, newest first; reading them is audited like the API's. */
@Controller
class SavedCheckinsPage {

    /** One saved answer as the list shows it. */
    record Row(String savedOn, String result, String painNow, String evidenceVersion) {}

    private final SavedAssessments saved;
    private final AuditLog audit;

    SavedCheckinsPage(SavedAssessments saved, AuditLog audit) {
        this.saved = saved;
        this.audit = audit;
    }

    @GetMapping("/account/check-ins")
    @Transactional
    String list(@AuthenticationPrincipal SignedIn me, Model model) {
        audit.record(me.account(), me.id(), "assessments", AuditLog.READ, AuditLog.ALLOWED);
        List<Row> rows = saved.of(me.id()).stream().map(SavedCheckinsPage::row).toList();
        model.addAttribute("rows", rows);
        return "checkin/saved";
    }

    private static Row row(SavedAssessments.Saved kept) {
        JsonNode assessment = kept.assessment();
        String level = assessment.path("triage").path("level").asString("");
        String urgency = assessment.path("triage").path("urgency").asString("");
        String title = level.isEmpty()
                ? "Unknown"
                : AnswerView.levelTitle(
                        kneadwise.assessment.TriageLevel.valueOf(level),
                        urgency.isEmpty() ? null : kneadwise.assessment.Urgency.valueOf(urgency));
        return new Row(
                kept.createdAt().toString().substring(0, 10),
                title,
                assessment.path("scores").path("painNrs").asString("") + " out of 10",
                assessment.path("knowledgeBase").path("version").asString(""));
    }
}
