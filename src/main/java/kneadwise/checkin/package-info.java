/**
 * The check-in: a person's intake in, their assessment out, over the API ({@code POST /api/v1/assessments}) and the
 * command line ({@code ./kneadwise assess}), both reading and writing the JSON of CONTRACT.md sections 3-4.
 */
@NullMarked
package kneadwise.checkin;

import org.jspecify.annotations.NullMarked;
