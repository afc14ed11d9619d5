package kneadwise.directory;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kneadwise.accounts.SignedIn;
import kneadwise.system.FieldProblem;
import kneadwise.system.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** A therapist writes their directory profile on a page (the same checks as the API). */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class ProfilePages {

    /** A text field of the form, in order; lists are written separated by commas. */
    record Field(String name, String label, String hint) {}

    static final List<Field> FIELDS = List.of(
            new Field("name", "Name shown to clients", ""),
            new Field("licenceState", "Licence: state", "Two letters, such as NY. A changed licence is checked again."),
            new Field("licenceNumber", "Licence: number", ""),
            new Field("certifications", "Certifications", "Separated by commas."),
            new Field("languages", "Languages", "Two-letter codes separated by commas, such as en, es."),
            new Field("gender", "Gender (optional)", "As you describe it; people may search by it."),
            new Field("pricePerSession", "Price per session ($)", ""),
            new Field("insurance", "Insurance accepted", "Insurers separated by commas; empty if clients pay you."),
            new Field("address", "Practice address", ""),
            new Field(
                    "postalCode", "ZIP code", "Places you on the map, and sets your time zone unless you choose one."),
            new Field("sessionMinutes", "Session length (minutes)", "15 to 240."),
            new Field(
                    "cancellationNoticeHours",
                    "Notice to cancel or move (hours)",
                    "Clients cannot cancel or move a session later than this before it; 0 to 168."),
            new Field(
                    "timeZone", "Time zone (optional)", "Such as America/Chicago; sessions are booked in this time."));

    private final TherapistProfiles profiles;
    private final PostalCodes postalCodes;

    ProfilePages(TherapistProfiles profiles, PostalCodes postalCodes) {
        this.profiles = profiles;
        this.postalCodes = postalCodes;
    }

    @GetMapping("/practice/profile")
    String form(@AuthenticationPrincipal SignedIn me, Model model) {
        Map<String, List<String>> values = profiles.mine(me.account())
                .map(ProfilePages::values)
                .orElseGet(() -> Map.of(
                        "name", List.of(me.account().name()),
                        "languages", List.of("en"),
                        "sessionMinutes", List.of("60"),
                        "cancellationNoticeHours", List.of("24")));
        return show(model, values, Map.of(), profiles.mine(me.account()).orElse(null));
    }

    @PostMapping("/practice/profile")
    String save(@AuthenticationPrincipal SignedIn me, HttpServletRequest request, Model model) {
        Therapist before = profiles.mine(me.account()).orElse(null);
        Map<String, List<String>> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, given) -> values.put(name, Arrays.asList(given)));
        try {
            profiles.save(me.account(), ProfileForm.of(values).check(postalCodes));
            return "redirect:/practice/profile?saved";
        } catch (InvalidInputException invalid) {
            return show(model, values, FieldProblem.byField(invalid.problems()), before);
        }
    }

    private static String show(
            Model model, Map<String, List<String>> values, Map<String, String> problems, @Nullable Therapist saved) {
        Map<String, String> text = new LinkedHashMap<>();
        values.forEach((name, given) -> text.put(name, String.join(", ", given)));
        model.addAttribute("values", text);
        model.addAttribute("chosen", values.getOrDefault("techniques", List.of()));
        model.addAttribute("techniques", Technique.values());
        model.addAttribute("fields", FIELDS);
        model.addAttribute("problems", problems);
        model.addAttribute("saved", saved);
        return "directory/edit-profile";
    }

    private static Map<String, List<String>> values(Therapist t) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("name", List.of(t.name()));
        values.put("licenceState", optional(t.licenceState()));
        values.put("licenceNumber", optional(t.licenceNumber()));
        values.put("certifications", t.certifications());
        values.put("techniques", t.techniques().stream().map(Technique::name).toList());
        values.put("pregnancyTrained", List.of(String.valueOf(t.pregnancyTrained())));
        values.put("traumaInformed", List.of(String.valueOf(t.traumaInformed())));
        values.put("languages", t.languages());
        values.put("gender", optional(t.gender()));
        values.put("pricePerSession", List.of(t.pricePerSession().toPlainString()));
        values.put("insurance", t.insurance());
        values.put("address", optional(t.address()));
        values.put("postalCode", optional(t.postalCode()));
        if (t.postalCode() == null) { // placed by coordinates: keep them, or the form would lose the location
            values.put("latitude", List.of(String.valueOf(t.location().latitude())));
            values.put("longitude", List.of(String.valueOf(t.location().longitude())));
        }
        values.put("sessionMinutes", List.of(String.valueOf(t.sessionMinutes())));
        values.put("timeZone", List.of(t.timeZone().getId()));
        values.put("cancellationNoticeHours", List.of(String.valueOf(t.cancellationNoticeHours())));
        return values;
    }

    private static List<String> optional(@Nullable String value) {
        return value == null ? List.of() : List.of(value);
    }
}
