package kneadwise.booking;

import static kneadwise.system.ApiSchemas.formatted;
import static kneadwise.system.ApiSchemas.listOf;
import static kneadwise.system.ApiSchemas.matching;
import static kneadwise.system.ApiSchemas.object;
import static kneadwise.system.ApiSchemas.oneOf;
import static kneadwise.system.ApiSchemas.orNull;
import static kneadwise.system.ApiSchemas.properties;
import static kneadwise.system.ApiSchemas.text;
import static kneadwise.system.ApiSchemas.whole;

import io.swagger.v3.oas.models.media.Schema;
import java.time.DayOfWeek;
import kneadwise.system.ApiSchemas;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The booking bodies in the API's description (CONTRACT.md section 8), from the limits of {@link CourseForm},
 * {@link BookingRules}, {@link WorkingTimeApi} and {@link TimeOffForm}.
 */
@Configuration(proxyBeanMethods = false)
class BookingApiDescription {

    /** What {@code LocalTime.parse} reads: hours and minutes, maybe seconds. */
    private static final String TIME_OF_DAY = "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?$";

    @Bean
    OpenApiCustomizer bookingBodies() {
        return api -> {
            ApiSchemas.body(api, "POST /api/v1/courses", "CourseRequest", course());
            ApiSchemas.succeeds(api, "POST /api/v1/courses", 201, "The course, every session booked");
            ApiSchemas.refuses(
                    api, "POST /api/v1/courses", 409, "A session's time is taken: the answer lists alternatives");
            ApiSchemas.refuses(
                    api,
                    "POST /api/v1/courses",
                    422,
                    "The patient's latest check-in says to see a doctor before massage (NOT_NOW)");
            ApiSchemas.refuses(api, "POST /api/v1/courses", 403, "Only patients book courses");
            ApiSchemas.body(
                    api,
                    "PATCH /api/v1/appointments/{appointmentId}",
                    "AppointmentChange",
                    object("A session's new start", properties("start", formatted("date-time")), "start"));
            ApiSchemas.succeeds(api, "DELETE /api/v1/appointments/{appointmentId}", 204, "Cancelled");
            ApiSchemas.refuses(
                    api, "DELETE /api/v1/appointments/{appointmentId}", 404, "No such session, or not one of yours");
            ApiSchemas.body(api, "PUT /api/v1/me/working-hours", "WeeklyHours", weeklyHours());
            ApiSchemas.body(api, "POST /api/v1/me/time-off", "TimeOffRequest", timeOff());
            ApiSchemas.succeeds(api, "POST /api/v1/me/time-off", 201, "The time off, kept");
            ApiSchemas.succeeds(api, "DELETE /api/v1/me/time-off/{timeOffId}", 204, "Removed");
            ApiSchemas.sendsFile(
                    api,
                    "GET /api/v1/courses/{courseId}/calendar.ics",
                    "text/calendar",
                    "The course as an iCalendar file (RFC 5545)");
        };
    }

    private static Schema<?> course() {
        return object(
                "A course to book (CONTRACT.md section 8): all its sessions or none",
                properties(
                        "therapistId", formatted("uuid"),
                        "firstSessionStart", formatted("date-time"),
                        "sessions", whole(1, BookingRules.MOST_SESSIONS),
                        "everyDays", whole(1, BookingRules.MOST_DAYS_APART)),
                "therapistId",
                "firstSessionStart",
                "sessions",
                "everyDays");
    }

    private static Schema<?> weeklyHours() {
        return listOf(object(
                "One opening on a weekday, in the therapist's own time zone; openings on one day may not overlap",
                properties(
                        "day", oneOf(DayOfWeek.class), "opens", matching(TIME_OF_DAY), "closes", matching(TIME_OF_DAY)),
                "day",
                "opens",
                "closes"));
    }

    private static Schema<?> timeOff() {
        return object(
                "Time off: no session can be booked from start to end",
                properties(
                        "start", formatted("date-time"),
                        "end", formatted("date-time"),
                        "note", orNull(text(0, TimeOffForm.LONGEST_NOTE))),
                "start",
                "end");
    }
}
