package kneadwise.assessment;

/** One rule that fired: its code (a finding, or a derived code), the level it reaches and what it means. */
public record TriageReason(String code, TriageLevel level, String message) {}
