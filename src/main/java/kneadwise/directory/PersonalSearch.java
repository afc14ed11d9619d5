package kneadwise.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kneadwise.accounts.SignedIn;
import kneadwise.checkin.LatestAssessments;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A search as one person asks it, for the API and the search page alike: the query read (every bad field named),
 * and for a signed-in person whose latest check-in found a pregnancy, pregnancy-trained therapists only unless
 * they said otherwise, with a note saying so.
 */
@Component
class PersonalSearch {

    static final String PREGNANCY_NOTE = "Showing pregnancy-trained therapists only, because your latest check-in"
            + " says you are pregnant. Add pregnancyTrained=false to see everyone.";

    record Answer(SearchQuery query, List<DirectorySearch.Found> found, List<String> notes) {}

    private final PostalCodes postalCodes;
    private final DirectorySearch directory;
    private final LatestAssessments assessments;

    PersonalSearch(PostalCodes postalCodes, DirectorySearch directory, LatestAssessments assessments) {
        this.postalCodes = postalCodes;
        this.directory = directory;
        this.assessments = assessments;
    }

    Answer run(@Nullable SignedIn me, Map<String, String> query) {
        SearchQuery asked = SearchQuery.read(query, postalCodes);
        List<String> notes = new ArrayList<>();
        if (asked.pregnancyTrained() == null && me != null && pregnant(me)) {
            asked = asked.withPregnancyTrained();
            notes.add(PREGNANCY_NOTE);
        }
        return new Answer(asked, directory.find(asked.search(), asked.course()), notes);
    }

    boolean pregnant(SignedIn me) {
        return assessments
                .of(me.id())
                .filter(latest -> latest.reasons().contains("PREGNANCY"))
                .isPresent();
    }
}
