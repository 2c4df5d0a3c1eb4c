package io.partneracademy.catalog;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;

/**
 * Writes the course completions that lesson progress already earned but no row records yet, once per start, in the
 * background: progress from before completions were stored (V105), and people whose last missing lesson a new
 * version dropped. Every node may run it at the same time; see {@link CourseCompletions#backfill()}.
 */
@Singleton
class CompletionBackfill implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(CompletionBackfill.class);

    private final CourseCompletions completions;
    private final ExecutorService executor;

    CompletionBackfill(CourseCompletions completions, @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.completions = completions;
        this.executor = executor;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        executor.submit(this::run);
    }

    void run() {
        try {
            int written = completions.backfill();
            if (written > 0) {
                LOG.info("Recorded {} course completions earned by earlier lesson progress", written);
            }
        } catch (RuntimeException e) {
            LOG.error("Recording earlier course completions failed; the next start tries again", e);
        }
    }
}
