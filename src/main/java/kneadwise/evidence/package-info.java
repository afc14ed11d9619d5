/**
 * The evidence base: a versioned data file of plain-language statements, each with its certainty, when it applies and
 * its sources; the claim check that finds known myths in a text. Loaded and validated without Spring, so that the
 * command line uses it too.
 */
@NullMarked
package kneadwise.evidence;

import org.jspecify.annotations.NullMarked;
