/**
 * SMART Backend Services (CONTRACT.md section 11): systems that take data out in bulk, with no person involved.
 * A system administrator registers a client on the command line with its public keys; the client signs a JWT with
 * its private key and exchanges it at {@code POST /fhir/auth/token} (Spring Authorization Server) for an access
 * token of at most 5 minutes. Every token issued and every refusal is audited.
 */
@NullMarked
package kneadwise.smart;

import org.jspecify.annotations.NullMarked;
