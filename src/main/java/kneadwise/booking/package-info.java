/**
 * Booking: therapists' working hours and time off, free slots, courses of weekly sessions booked in one go,
 * cancelling and moving sessions under the therapist's notice rule, calendar files and reminders. Double booking is
 * refused by PostgreSQL exclusion constraints, not by locks in the application.
 */
@NullMarked
package kneadwise.booking;

import org.jspecify.annotations.NullMarked;
