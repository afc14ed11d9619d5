/**
 * The therapist directory: profiles (the therapist's own, and the public one), where practices are (offline
 * postal-code coordinates), search within a radius with each result's next course start (asked of booking through
 * {@code CourseAvailability}), and licence verification by administrators.
 */
@NullMarked
package kneadwise.directory;

import org.jspecify.annotations.NullMarked;
