package kneadwise.outcomes;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import kneadwise.accounts.SignedIn;
import kneadwise.directory.Technique;
import kneadwise.system.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Session notes (beyond CONTRACT.md section 9, which names no notes endpoint):
 * {@code PUT /api/v1/courses/{id}/notes/{n}} by the course's therapist (writing again replaces the note),
 * {@code GET /api/v1/courses/{id}/notes} by the therapist and the patient.
 */
@RestController
class NotesApi {

    record Note(
            int session,
            String subjective,
            List<BodyRegion> regions,
            List<Technique> techniques,
            SessionNote.Pressure pressure,
            int minutes,
            String response,
            String plan,
            String writtenAt,
            List<String> warnings) {

        static Note of(CourseNotes.Noted noted) {
            SessionNote note = noted.note();
            return new Note(
                    note.session(),
                    note.subjective(),
                    note.regions(),
                    note.techniques(),
                    note.pressure(),
                    note.minutes(),
                    note.response(),
                    note.plan(),
                    note.writtenAt().toString(),
                    noted.warnings());
        }
    }

    record Notes(UUID courseId, Map<String, String> precautions, List<Note> notes) {}

    private final CourseNotes notes;

    NotesApi(CourseNotes notes) {
        this.notes = notes;
    }

    @PutMapping(path = "/api/v1/courses/{courseId}/notes/{session}", produces = "application/json")
    Note write(
            @AuthenticationPrincipal SignedIn me,
            @PathVariable("courseId") String courseId,
            @PathVariable("session") String session,
            @RequestBody JsonNode body) {
        return Note.of(notes.write(me.account(), CourseIds.parse(courseId), number(session), body));
    }

    @GetMapping(path = "/api/v1/courses/{courseId}/notes", produces = "application/json")
    Notes read(@AuthenticationPrincipal SignedIn me, @PathVariable("courseId") String courseId) {
        CourseNotes.Notes read = notes.read(me.account(), CourseIds.parse(courseId));
        return new Notes(
                read.course().id(),
                read.precautions(),
                read.notes().stream().map(Note::of).toList());
    }

    private static int number(String session) {
        try {
            return Integer.parseInt(session);
        } catch (NumberFormatException notANumber) {
            throw new NotFoundException("session " + session);
        }
    }
}
