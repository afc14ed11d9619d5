/**
 * The check-in: a person's intake in, their assessment out, over the API ({@code POST /api/v1/assessments}) and the
 * command line ({@code ./kneadwise assess}), both reading and writing the JSON of CONTRACT.md sections 3-4; the
 * check-in pages step by step, the answer pages, the note for a doctor (page and PDF), and saved check-ins.
 */
@NullMarked
package kneadwise.checkin;

import org.jspecify.annotations.NullMarked;
