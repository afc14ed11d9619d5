package kneadwise.evidence;

import java.util.Comparator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The about page (CLINICAL.md section 5a, disclosure): who runs Kneadwise, how the directory ranks, that answers do not
 * depend on booking, and the evidence base's version, date, update policy, next review and every source with its
 * year.
 */
@Controller
class AboutPage {

    private final EvidenceBase evidence;

    AboutPage(EvidenceBase evidence) {
        this.evidence = evidence;
    }

    @GetMapping("/about")
    String about(Model model) {
        model.addAttribute("evidence", evidence);
        model.addAttribute(
                "sources",
                evidence.sources().stream()
                        .sorted(Comparator.comparingInt(Source::year).reversed())
                        .toList());
        return "evidence/about";
    }
}
