/**
 * Kneadwise: evidence-based massage care for low back pain. Each subpackage is a module (see
 * docs/architecture.md); a module's subpackages are its internals.
 */
@NullMarked
package kneadwise;

import org.jspecify.annotations.NullMarked;
