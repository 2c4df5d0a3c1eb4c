package io.partneracademy.labs;

import java.util.List;

/**
 * A lab track's text in another language, as authored in {@code content/labs/<id>.<lang>.yaml}: title, summary and,
 * per task, its title, instructions and hints. Task ids, order and checks stay the source's; a task not listed keeps
 * the source's text.
 *
 * @param language a BCP 47 tag other than the source's
 * @param source   the {@link LabTrackSpec#sourceFingerprint()} of the track text it was translated from
 */
public record LabTranslation(String language, String title, String summary, String source, List<Task> tasks) {

    public LabTranslation {
        tasks = List.copyOf(tasks);
    }

    /** One task's text; hints replace the source's when given, else the source's stay. */
    public record Task(String id, String title, String instructions, List<String> hints) {

        public Task {
            hints = List.copyOf(hints);
        }
    }
}
