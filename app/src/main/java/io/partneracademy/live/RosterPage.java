package io.partneracademy.live;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.web.FileSizes;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;

/** The model of the instructor's roster page: people with their attendance, the import form and the session's files. */
@Singleton
class RosterPage {

    static final String VIEW = "live/roster";

    private final Attendance attendance;
    private final LearnerSessions sessions;
    private final LiveSettings settings;

    RosterPage(Attendance attendance, LearnerSessions sessions, LiveSettings settings) {
        this.attendance = attendance;
        this.sessions = sessions;
        this.settings = settings;
    }

    Map<String, Object> model(long id, CurrentUser user, @Nullable Attendance.ImportOutcome outcome,
                              @Nullable String report, int minimum) {
        Map<String, Object> model = new HashMap<>();
        model.put("files", sessions.files(id, null));
        model.put("materialMax", FileSizes.label(settings.materialMaxBytes()));
        model.put("materialMaxBytes", settings.materialMaxBytes());
        model.put("recordingMax", FileSizes.label(settings.recordingMaxBytes()));
        model.put("recordingMaxBytes", settings.recordingMaxBytes());
        model.put("session", sessions.page(user, id, null).card());
        model.put("rows", attendance.roster(user, id));
        model.put("outcome", outcome);
        model.put("report", report);
        model.put("minimumMinutes", minimum);
        return model;
    }

    /** The page with an upload's refusal shown above the files. */
    Map<String, Object> refused(long id, CurrentUser user, UploadRefusedException refusal) {
        Map<String, Object> model = model(id, user, null, null, settings.minimumMinutes());
        model.put("uploadError", refusal);
        model.put("uploadErrorArgument", refusal.arguments().length == 0 ? "" : refusal.arguments()[0]);
        return model;
    }
}
