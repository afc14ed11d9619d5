package kneadwise.outcomes;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import kneadwise.accounts.Account;
import kneadwise.accounts.AuditLog;
import kneadwise.accounts.Role;
import kneadwise.directory.Technique;
import kneadwise.directory.Therapist;
import kneadwise.directory.Therapists;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Who sees which dashboard: clinic and system administrators the whole clinic (with a row per therapist); a
 * therapist their own clients; nobody else. Only groups of 10 or more people are shown (see ClinicDashboard).
 */
@Service
class OutcomeDashboards {

    /** One row as people read it: the group's name in words. */
    record Line(
            String kind,
            String group,
            Proportion improved,
            @Nullable Proportion sideEffects) {}

    record Dashboard(String scope, List<Line> lines, int hiddenGroups, List<TrialFigures.Figure> trials) {}

    private final ClinicDashboard figures;
    private final Therapists therapists;
    private final AuditLog audit;

    OutcomeDashboards(ClinicDashboard figures, Therapists therapists, AuditLog audit) {
        this.figures = figures;
        this.therapists = therapists;
        this.audit = audit;
    }

    Dashboard forViewer(Account viewer) {
        UUID therapistId = null;
        String scope = "All clients of the clinic";
        if (viewer.role() == Role.THERAPIST) {
            Therapist mine = therapists.ofAccount(viewer.id()).orElse(null);
            if (mine == null) {
                return new Dashboard("Your clients", List.of(), 0, TrialFigures.ALL);
            }
            therapistId = mine.id();
            scope = "Your clients";
        } else if (viewer.role() != Role.CLINIC_ADMIN && viewer.role() != Role.SYSTEM_ADMIN) {
            throw new AccessDeniedException("The outcome dashboard is for therapists and clinic administrators.");
        }
        audit.record(viewer, null, "outcome-dashboard", AuditLog.READ, AuditLog.ALLOWED);
        ClinicDashboard.Figures found = figures.figures(therapistId);
        Map<UUID, String> names = therapists.namesOf(found.groups().stream()
                .filter(group -> group.kind().equals("THERAPIST"))
                .map(group -> UUID.fromString(group.key()))
                .toList());
        List<Line> lines = found.groups().stream()
                .map(group -> new Line(group.kind(), name(group, names), group.improved(), group.sideEffects()))
                .toList();
        return new Dashboard(scope, lines, found.hiddenGroups(), TrialFigures.ALL);
    }

    private static String name(ClinicDashboard.Group group, Map<UUID, String> names) {
        return switch (group.kind()) {
            case "OVERALL" -> "Everyone";
            case "THERAPIST" -> names.getOrDefault(UUID.fromString(group.key()), "A former therapist");
            default -> Technique.valueOf(group.key()).label();
        };
    }
}
