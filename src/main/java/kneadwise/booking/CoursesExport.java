package kneadwise.booking;

import java.util.List;
import java.util.UUID;
import kneadwise.accounts.PersonalData;
import kneadwise.directory.Therapists;
import org.springframework.stereotype.Component;

/** The person's booked courses and their sessions, in the export of everything stored about them. */
@Component
class CoursesExport implements PersonalData {

    private final CourseBooking booking;
    private final Therapists therapists;

    CoursesExport(CourseBooking booking, Therapists therapists) {
        this.booking = booking;
        this.therapists = therapists;
    }

    @Override
    public String section() {
        return "courses";
    }

    @Override
    public Object exportFor(UUID accountId) {
        List<CourseView> courses = booking.coursesOf(accountId).stream()
                .flatMap(course -> therapists.find(course.therapistId()).stream()
                        .map(therapist -> CourseView.of(course, therapist)))
                .toList();
        return courses;
    }
}
