package kneadwise.outcomes;

import kneadwise.accounts.SignedIn;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The outcome dashboard page ({@code /outcomes/dashboard}), with a link to the same figures as CSV. */
@Controller
class DashboardPage {

    private final OutcomeDashboards dashboards;

    DashboardPage(OutcomeDashboards dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/outcomes/dashboard")
    String dashboard(@AuthenticationPrincipal SignedIn me, Model model) {
        model.addAttribute("dashboard", dashboards.forViewer(me.account()));
        model.addAttribute("smallestGroup", ClinicDashboard.SMALLEST_GROUP);
        return "outcomes/dashboard";
    }
}
