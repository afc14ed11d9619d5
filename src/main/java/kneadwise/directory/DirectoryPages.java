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
import kneadwise.system.FieldProblem;
import kneadwise.system.InvalidInputException;
import kneadwise.system.NotFoundException;
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

    static final DateTimeFormatter COURSE_START =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm zzz", Locale.ENGLISH);

    static final String PREGNANCY_NOTE = "Showing pregnancy-trained therapists only, because your latest check-in"
            + " says you are pregnant. Choose \"Everyone\" under Pregnancy-trained to see all therapists.";

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
        Map<String, String> problems = Map.of();
        model.addAttribute("asked", asked);
        model.addAttribute("techniques", Technique.values());
        model.addAttribute("weekdays", DayOfWeek.values());
        model.addAttribute("searched", !asked.isEmpty());
        model.addAttribute("rows", List.of());
        model.addAttribute("notes", List.of());
        if (!asked.isEmpty()) {
            try {
                PersonalSearch.Answer answer = personal.run(me, asked);
                model.addAttribute(
                        "rows", answer.found().stream().map(DirectoryPages::row).toList());
                model.addAttribute(
                        "notes",
                        answer.notes().stream()
                                .map(note -> note.equals(PersonalSearch.PREGNANCY_NOTE) ? PREGNANCY_NOTE : note)
                                .toList());
                model.addAttribute("courseWanted", answer.query().course().required());
            } catch (InvalidInputException invalid) {
                problems = FieldProblem.byField(invalid.problems());
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

    private static Row row(DirectorySearch.Found found) {
        TherapistMatch match = found.therapist();
        ZonedDateTime next = found.nextCourseStart();
        return new Row(
                match.id(),
                match.name(),
                String.format(
                        Locale.ENGLISH, "%.1f km (%.1f miles)", match.distanceKm(), match.distanceKm() / 1.609344),
                "$" + match.pricePerSession().toPlainString(),
                String.join(
                        ", ", match.techniques().stream().map(Technique::label).toList()),
                next == null ? "None in the next 4 weeks" : COURSE_START.format(next));
    }
}
