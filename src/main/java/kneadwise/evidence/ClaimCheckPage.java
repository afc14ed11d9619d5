package kneadwise.evidence;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The claim check as a page: paste a text about massage, see its claims marked with what the evidence says. */
@Controller
class ClaimCheckPage {

    /** A stretch of the pasted text: plain, or a sentence that makes a claim (numbered for the notes below it). */
    record Piece(String text, @Nullable Integer claimNumber) {}

    /** A claim found, as the notes under the text show it. */
    record Note(int number, String quote, Claim claim) {}

    private final ClaimCheck claimCheck;

    ClaimCheckPage(EvidenceBase evidence) {
        this.claimCheck = evidence.claimCheck();
    }

    @GetMapping("/claims")
    String form(Model model) {
        model.addAttribute("text", "");
        model.addAttribute("checked", false);
        return "evidence/claims";
    }

    @PostMapping("/claims")
    String check(@RequestParam(required = false) @Nullable String text, Model model) {
        String checked = text == null ? "" : text;
        if (checked.length() > ClaimCheckApi.MAXIMUM_LENGTH) {
            model.addAttribute("tooLong", true);
            checked = checked.substring(0, ClaimCheckApi.MAXIMUM_LENGTH);
        }
        List<Piece> pieces = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        int at = 0;
        for (ClaimFound found : claimCheck.check(checked)) {
            if (found.start() < at) {
                // the same sentence makes a second claim: one mark, two notes
                notes.add(new Note(notes.size() + 1, checked.substring(found.start(), found.end()), found.claim()));
                continue;
            }
            pieces.add(new Piece(checked.substring(at, found.start()), null));
            notes.add(new Note(notes.size() + 1, checked.substring(found.start(), found.end()), found.claim()));
            pieces.add(new Piece(checked.substring(found.start(), found.end()), notes.size()));
            at = found.end();
        }
        pieces.add(new Piece(checked.substring(at), null));
        model.addAttribute("text", checked);
        model.addAttribute("checked", true);
        model.addAttribute("pieces", pieces);
        model.addAttribute("notes", notes);
        return "evidence/claims";
    }
}
