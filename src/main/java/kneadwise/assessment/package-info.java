/**
 * The clinical engine: intake, instruments and their scores, safety triage and the answer. Pure Java: no Spring, no
 * database, no FHIR, so that the command line, the API and tests use it alike (rules in CLINICAL.md sections 1-6).
 */
@NullMarked
package kneadwise.assessment;

import org.jspecify.annotations.NullMarked;
