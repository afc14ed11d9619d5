/**
 * HL7 FHIR R4 (4.0.1) facade at {@code /fhir} (CONTRACT.md section 10): a HAPI FHIR plain server
 * ({@code RestfulServer}) with one resource provider per resource type over the other modules' public API, one
 * {@code FhirContext}, and the mapping in pure functions. Nothing depends on it.
 */
@NullMarked
package kneadwise.fhir;

import org.jspecify.annotations.NullMarked;
