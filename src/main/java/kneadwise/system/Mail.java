package kneadwise.system;

/** A plain-text email to one person. */
public record Mail(String to, String subject, String text) {}
