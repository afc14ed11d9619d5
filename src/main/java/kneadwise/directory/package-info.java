/**
 * The therapist directory: profiles, where practices are (offline postal-code coordinates), and search within a
 * radius. Booking comes with the rest of issue 6.
 */
@NullMarked
package kneadwise.directory;

import org.jspecify.annotations.NullMarked;
