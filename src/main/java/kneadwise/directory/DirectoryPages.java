package kneadwise.directory;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import kneadwise.accounts.SignedIn;
import kneadwise.system.InvalidInputException;
import kneadwise.system.NotFoundException;
import kneadwise.system.UsDates;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The directory's public pages: the search (with its ranking explained) and a therapist's profile. */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class DirectoryPages {

    static final DateTimeFormatter COURSE_START = UsDates.DATE_TIME_AND_ZONE;

    static final String PREGNANCY_NOTE = "Showing pregnancy-trained therapists only, because your latest check-in"
            + " says you are pregnant. Choose \"Everyone\" under Pregnancy-trained to see all therapists.";

    /** Miles, as people in the US measure distance; km when asked for (the API speaks km, CONTRACT.md section 8). */
    static final double KM_PER_MILE = 1.609344;

    static final String MILES = "mi";
    static final String KM = "km";

    /** One result as the page shows it. */
    record Row(UUID id, String name, String distance, String price, String techniques, String nextCourseStart) {}

    private final PersonalSearch personal;
    private final Therapists therapists;

    private final OutcomeRecords outcomeRecords;

    DirectoryPages(PersonalSearch personal, Therapists therapists, OutcomeRecords outcomeRecords) {
        this.personal = personal;
        this.therapists = therapists;
        this.outcomeRecords = outcomeRecords;
    }

    @GetMapping("/therapists")
    String search(
            @AuthenticationPrincipal @Nullable SignedIn me, @RequestParam Map<String, String> params, Model model) {
        Map<String, String> asked = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (!value.isBlank()) {
                asked.put(name, value.strip());
            }
        });
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, String> query = inKilometres(asked, problems);
        boolean km = KM.equals(asked.get("unit"));
        model.addAttribute("asked", asked);
        model.addAttribute("unit", km ? KM : MILES);
        model.addAttribute("techniques", Technique.values());
        model.addAttribute("weekdays", DayOfWeek.values());
        model.addAttribute("searched", !asked.isEmpty());
        model.addAttribute("rows", List.of());
        model.addAttribute("notes", List.of());
        if (!asked.isEmpty() && problems.isEmpty()) {
            try {
                PersonalSearch.Answer answer = personal.run(me, query);
                model.addAttribute(
                        "rows",
                        answer.found().stream().map(found -> row(found, km)).toList());
                model.addAttribute(
                        "notes",
                        answer.notes().stream()
                                .map(note -> note.equals(PersonalSearch.PREGNANCY_NOTE) ? PREGNANCY_NOTE : note)
                                .toList());
                model.addAttribute("courseWanted", answer.query().course().required());
            } catch (InvalidInputException invalid) {
                // the page asks for the distance in its own field, in miles or km
                invalid.problems()
                        .forEach(problem -> problems.put(
                                problem.field().equals("radiusKm") ? "radius" : problem.field(), problem.message()));
            }
        }
        model.addAttribute("problems", problems);
        return "directory/search";
    }

    @GetMapping("/therapists/{therapistId}")
    String profile(@PathVariable("therapistId") String id, Model model) {
        Therapist therapist = therapists
                .find(LicenceVerificationApi.idOf(id))
                .orElseThrow(() -> new NotFoundException("therapist " + id));
        model.addAttribute("therapist", therapist);
        model.addAttribute(
                "outcomeRecord", outcomeRecords.publishedFor(therapist.id()).orElse(null));
        model.addAttribute(
                "languages",
                therapist.languages().stream()
                        .map(code -> Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH))
                        .toList());
        model.addAttribute(
                "techniques",
                therapist.techniques().stream().map(Technique::label).toList());
        return "directory/profile";
    }

    /**
     * The page's query as the search reads it: the distance asked for ({@code radius}, in miles unless {@code unit} is
     * km) becomes {@code radiusKm}. A bad distance or unit is named under the page's own field.
     */
    static Map<String, String> inKilometres(Map<String, String> asked, Map<String, String> problems) {
        Map<String, String> query = new LinkedHashMap<>(asked);
        String unit = query.remove("unit");
        if (unit != null && !unit.equals(MILES) && !unit.equals(KM)) {
            problems.put("unit", "must be miles or km");
            return query;
        }
        boolean km = KM.equals(unit);
        String radius = query.remove("radius");
        if (radius == null) {
            // the form's own default: 15 miles, or 25 km
            query.putIfAbsent("radiusKm", String.valueOf(km ? 25 : 15 * KM_PER_MILE));
            return query;
        }
        double most = SearchQuery.MAXIMUM_RADIUS_KM / (km ? 1 : KM_PER_MILE);
        try {
            double value = Double.parseDouble(radius);
            if (value >= 0.1 && value <= most) {
                query.put("radiusKm", String.valueOf(km ? value : value * KM_PER_MILE));
                return query;
            }
        } catch (NumberFormatException notANumber) {
            // named below, with the limits
        }
        problems.put(
                "radius",
                String.format(
                        Locale.US, "must be a distance from 0.1 to %.0f %s", Math.floor(most), km ? "km" : "miles"));
        return query;
    }

    private static Row row(DirectorySearch.Found found, boolean km) {
        TherapistMatch match = found.therapist();
        ZonedDateTime next = found.nextCourseStart();
        return new Row(
                match.id(),
                match.name(),
                km
                        ? String.format(Locale.US, "%.1f km", match.distanceKm())
                        : String.format(Locale.US, "%.1f miles", match.distanceKm() / KM_PER_MILE),
                "$" + match.pricePerSession().toPlainString(),
                String.join(
                        ", ", match.techniques().stream().map(Technique::label).toList()),
                next == null ? "None in the next 4 weeks" : COURSE_START.format(next));
    }
}
