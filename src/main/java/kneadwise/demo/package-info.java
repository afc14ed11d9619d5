/**
 * Made-up data for demonstrations and load tests: the demo accounts of {@code serve --demo}, and the
 * {@code demo-data} and {@code demo-outcomes} commands. It writes through the other modules' public bulk APIs
 * ({@code AccountsInBulk}, {@code Therapists}, {@code BookingsInBulk}, {@code OutcomesInBulk}); no module depends
 * on it. Nothing here is a real person or a clinical finding.
 */
@NullMarked
package kneadwise.demo;

import org.jspecify.annotations.NullMarked;
