package kneadwise.checkin;

import java.util.List;
import kneadwise.accounts.SignedIn;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.JsonNode;

/** A signed-in person's saved check-in answers, newest first; reading them is audited like the API's. */
@Controller
class SavedCheckinsPage {

    /** One saved answer as the list shows it. */
    record Row(String savedOn, String result, String painNow, String evidenceVersion) {}

    private final CheckinRecords records;

    SavedCheckinsPage(CheckinRecords records) {
        this.records = records;
    }

    @GetMapping("/account/check-ins")
    String list(@AuthenticationPrincipal SignedIn me, Model model) {
        List<Row> rows =
                records.mine(me.account()).stream().map(SavedCheckinsPage::row).toList();
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
