package io.partneracademy.catalog;

import io.partneracademy.accounts.CurrentUser;

import java.util.List;
import java.util.Map;

/**
 * Something a learner does in a course besides reading its lessons (a practice quiz), offered by another feature
 * at the end of a module; the course page lists it there and finishing the module's last lesson leads to it.
 */
public interface CourseActivity {

    /** The person's activities in the course by module id, in the order they come. */
    Map<String, List<Activity>> byModule(CurrentUser user, String courseId);

    /** An activity: its title, its page, and how far the person got as a message key with its arguments. */
    record Activity(String title, String href, String statusKey, List<Object> statusArguments) {

        public Activity {
            statusArguments = List.copyOf(statusArguments);
        }

        /** The status arguments as an array, as Thymeleaf's {@code #messages.msgWithParams} takes them. */
        public Object[] statusArgs() {
            return statusArguments.toArray();
        }
    }
}
