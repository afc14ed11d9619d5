/**
 * Bulk Data export (CONTRACT.md section 11, the FHIR Bulk Data Access IG 2.0): a backend system with a SMART access
 * token kicks off an export of the whole server, of every patient or of one Group; the job is kept in PostgreSQL and
 * written by whichever node claims it, as NDJSON files on disk, while the client polls its status; the files are
 * deleted when the job expires. A research client gets only {@code Group/research}, pseudonymised.
 */
@NullMarked
package kneadwise.fhir.export;

import org.jspecify.annotations.NullMarked;
