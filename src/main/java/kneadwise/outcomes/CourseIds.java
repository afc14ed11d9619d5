package kneadwise.outcomes;

import java.util.UUID;
import kneadwise.system.NotFoundException;

/** A course id from a path: anything that is not one is a course that does not exist (404). */
final class CourseIds {

    private CourseIds() {}

    static UUID parse(String courseId) {
        try {
            return UUID.fromString(courseId);
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException("course " + courseId);
        }
    }
}
