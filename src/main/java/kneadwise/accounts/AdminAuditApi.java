package kneadwise.accounts;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** System administrators search the audit log ({@code /api/v1/admin/audit}); only they reach this path. */
@RestController
class AdminAuditApi {

    static final int MAXIMUM_RESULTS = 500;

    private final AuditLog audit;

    AdminAuditApi(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping(path = "/api/v1/admin/audit", produces = "application/json")
    List<AuditEvent> search(
            @RequestParam(required = false) @Nullable UUID subject,
            @RequestParam(required = false) @Nullable UUID actor,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(defaultValue = "100") int limit) {
        return audit.search(subject, actor, action, Math.clamp(limit, 1, MAXIMUM_RESULTS));
    }
}
