package kneadwise.outcomes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kneadwise.accounts.SignedIn;
import kneadwise.directory.Technique;
import kneadwise.system.FormValues;
import kneadwise.system.InvalidInputException;
import kneadwise.system.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A session's note page: the client's precautions first, then the note (body map, techniques, pressure, minutes,
 * what the client said, how they responded, the plan). The therapist writes; the patient reads.
 */
@Controller
class NotePages {

    private final CourseNotes notes;

    NotePages(CourseNotes notes) {
        this.notes = notes;
    }

    @GetMapping("/courses/{courseId}/notes/{session}")
    String note(
            @AuthenticationPrincipal SignedIn me,
            @PathVariable("courseId") String courseId,
            @PathVariable("session") int session,
            Model model) {
        CourseNotes.Notes read = notes.read(me.account(), CourseIds.parse(courseId));
        CourseNotes.Noted written = read.notes().stream()
                .filter(noted -> noted.note().session() == session)
                .findFirst()
                .orElse(null);
        return show(model, read, session, written == null ? Map.of() : values(written.note()), written, List.of());
    }

    @PostMapping("/courses/{courseId}/notes/{session}")
    String save(
            @AuthenticationPrincipal SignedIn me,
            @PathVariable("courseId") String courseId,
            @PathVariable("session") int session,
            @RequestParam MultiValueMap<String, String> form,
            Model model) {
        UUID course = CourseIds.parse(courseId);
        try {
            notes.write(me.account(), course, session, json(form));
            return "redirect:/courses/" + course + "/notes/" + session + "?saved";
        } catch (InvalidInputException invalid) {
            return show(
                    model,
                    notes.read(me.account(), course),
                    session,
                    form,
                    null,
                    invalid.problems().stream()
                            .map(problem -> problem.field() + ": " + problem.message())
                            .toList());
        }
    }

    private static String show(
            Model model,
            CourseNotes.Notes read,
            int session,
            Map<String, List<String>> values,
            CourseNotes.@org.jspecify.annotations.Nullable Noted written,
            List<String> problems) {
        if (session < 1 || session > read.course().sessions()) {
            throw new NotFoundException("session " + session);
        }
        model.addAttribute("course", read.course());
        model.addAttribute("number", session);
        model.addAttribute("precautions", read.precautions());
        model.addAttribute("written", written);
        model.addAttribute("asTherapist", !read.course().viewerIsPatient());
        model.addAttribute("regions", BodyRegion.values());
        model.addAttribute("techniques", Technique.values());
        model.addAttribute("pressures", SessionNote.Pressure.values());
        model.addAttribute("form", new FormValues(values));
        model.addAttribute("problems", problems);
        return "outcomes/note";
    }

    /** The form's fields as the JSON the API reads, so one reader checks both. */
    static ObjectNode json(MultiValueMap<String, String> form) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("subjective", text(form, "subjective"));
        var regions = body.putArray("regions");
        form.getOrDefault("regions", List.of()).forEach(regions::add);
        var techniques = body.putArray("techniques");
        form.getOrDefault("techniques", List.of()).forEach(techniques::add);
        if (form.getFirst("pressure") != null) {
            body.put("pressure", form.getFirst("pressure"));
        }
        String minutes = text(form, "minutes");
        try {
            body.put("minutes", Integer.parseInt(minutes.strip()));
        } catch (NumberFormatException notANumber) {
            body.put("minutes", minutes);
        }
        body.put("response", text(form, "response"));
        body.put("plan", text(form, "plan"));
        return body;
    }

    private static String text(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }

    private static Map<String, List<String>> values(SessionNote note) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("subjective", List.of(note.subjective()));
        values.put("regions", note.regions().stream().map(Enum::name).toList());
        values.put("techniques", note.techniques().stream().map(Enum::name).toList());
        values.put("pressure", List.of(note.pressure().name()));
        values.put("minutes", List.of(String.valueOf(note.minutes())));
        values.put("response", List.of(note.response()));
        values.put("plan", List.of(note.plan()));
        return values;
    }
}
