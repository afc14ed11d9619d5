package kneadwise.outcomes;

import java.util.Locale;
import kneadwise.accounts.SignedIn;
import kneadwise.system.CsvCell;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The outcome dashboard as JSON and as CSV (one line per group; shares and 95% Wilson intervals as fractions). */
@RestController
class DashboardApi {

    static final String CSV_HEADER = "kind,group,clients,improved,share_improved,ci_low,ci_high,"
            + "massaged_clients,with_side_effects,share_side_effects,side_effects_ci_low,side_effects_ci_high\n";

    private final OutcomeDashboards dashboards;

    DashboardApi(OutcomeDashboards dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping(path = "/api/v1/outcomes/dashboard", produces = "application/json")
    OutcomeDashboards.Dashboard dashboard(@AuthenticationPrincipal SignedIn me) {
        return dashboards.forViewer(me.account());
    }

    @GetMapping(path = "/api/v1/outcomes/dashboard.csv")
    ResponseEntity<String> csv(@AuthenticationPrincipal SignedIn me) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"kneadwise-outcomes.csv\"")
                .body(csv(dashboards.forViewer(me.account())));
    }

    static String csv(OutcomeDashboards.Dashboard dashboard) {
        StringBuilder csv = new StringBuilder(CSV_HEADER);
        for (OutcomeDashboards.Line line : dashboard.lines()) {
            Proportion improved = line.improved();
            csv.append(line.kind()).append(',').append(CsvCell.of(line.group())).append(',');
            csv.append(improved.total()).append(',').append(improved.count()).append(',');
            csv.append(fraction(improved.share()))
                    .append(',')
                    .append(fraction(improved.low()))
                    .append(',');
            csv.append(fraction(improved.high())).append(',');
            Proportion harm = line.sideEffects();
            if (harm == null) {
                csv.append(",,,,");
            } else {
                csv.append(harm.total()).append(',').append(harm.count()).append(',');
                csv.append(fraction(harm.share()))
                        .append(',')
                        .append(fraction(harm.low()))
                        .append(',');
                csv.append(fraction(harm.high()));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private static String fraction(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
