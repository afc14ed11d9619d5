package kneadwise.outcomes;

import kneadwise.accounts.AuditLog;
import kneadwise.accounts.SignedIn;
import kneadwise.directory.Therapist;
import kneadwise.directory.Therapists;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The outcome dashboard page ({@code /outcomes/dashboard}), with a link to the same figures as CSV; a therapist also
 * chooses there whether their outcome record shows on their directory profile.
 */
@Controller
class DashboardPage {

    static final String ONLY_THERAPISTS_PUBLISH = "Only therapists publish an outcome record.";

    private final OutcomeDashboards dashboards;
    private final PublishedRecords records;
    private final Therapists therapists;
    private final AuditLog audit;

    DashboardPage(OutcomeDashboards dashboards, PublishedRecords records, Therapists therapists, AuditLog audit) {
        this.dashboards = dashboards;
        this.records = records;
        this.therapists = therapists;
        this.audit = audit;
    }

    @GetMapping("/outcomes/dashboard")
    String dashboard(@AuthenticationPrincipal SignedIn me, Model model) {
        OutcomeDashboards.Dashboard dashboard = dashboards.forViewer(me.account());
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("smallestGroup", ClinicDashboard.SMALLEST_GROUP);
        Therapist mine = therapists.ofTherapist(me.account()).orElse(null);
        model.addAttribute("therapist", mine);
        // A therapist's dashboard is their own clients: its overall line is the record a profile would show.
        boolean hasRecord =
                dashboard.lines().stream().anyMatch(line -> line.kind().equals("OVERALL"));
        model.addAttribute("published", mine != null && hasRecord && records.isPublished(mine.id()));
        model.addAttribute("canPublish", mine != null && hasRecord);
        return "outcomes/dashboard";
    }

    @PostMapping("/outcomes/dashboard/record")
    String publish(
            @AuthenticationPrincipal SignedIn me,
            @RequestParam(name = "published", defaultValue = "false") boolean published) {
        Therapist mine =
                therapists.ownedBy(me.account(), ONLY_THERAPISTS_PUBLISH).orElse(null);
        if (mine == null) {
            return "redirect:/practice/profile"; // the record belongs on a profile: write it first
        }
        if (published && records.publish(mine.id()).isEmpty()) {
            return "redirect:/outcomes/dashboard?too-few";
        }
        if (!published) {
            records.withdraw(mine.id());
        }
        audit.record(me.account(), null, "outcome-record", AuditLog.UPDATE, AuditLog.ALLOWED);
        return "redirect:/outcomes/dashboard?" + (published ? "published" : "withdrawn");
    }
}
