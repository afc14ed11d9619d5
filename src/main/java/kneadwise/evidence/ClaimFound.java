package kneadwise.evidence;

/** A claim found in a text: the sentence that makes it, as character offsets (end exclusive). */
public record ClaimFound(Claim claim, int start, int end) {}
