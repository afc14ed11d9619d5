package kneadwise.evidence;

import org.jspecify.annotations.Nullable;

/** A publication a statement rests on: its full citation and a DOI or a URL. */
public record Source(
        String id,
        String citation,
        @Nullable String doi,
        @Nullable String url) {}
