package kneadwise.evidence;

import org.jspecify.annotations.Nullable;

/** A publication a statement rests on: its full citation, its year (IPDAS) and a DOI or a URL. */
public record Source(
        String id,
        String citation,
        int year,
        @Nullable String doi,
        @Nullable String url) {

    /** The first author's surname, or the issuing body, with the year: "Furlan 2015". */
    public String shortName() {
        String authors = citation.split("\\.", 2)[0];
        String first = authors.split(",", 2)[0].strip();
        int lastSpace = first.lastIndexOf(' ');
        if (lastSpace > 0 && first.substring(lastSpace + 1).matches("[A-Z]{1,3}")) {
            first = first.substring(0, lastSpace); // drop the initials
        }
        return first + " " + year;
    }
}
