package io.partneracademy.authoring;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.TaskExecutors;
import io.partneracademy.content.ContentInvalidException;
import io.partneracademy.content.ContentSettings;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.util.concurrent.ExecutorService;

/**
 * Imports content/ and exams/ (all or nothing, {@link FolderImport}) in the background once the server is up; the importers are created on that background
 * thread too, so they do not delay the first page. A broken tree is reported in the log and leaves the
 * published catalog as it was.
 */
@Singleton
class StartupContentImport implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(StartupContentImport.class);

    private final BeanProvider<FolderImport> folders;
    private final ContentSettings settings;
    private final ExecutorService executor;
    private final ApplicationEventPublisher<StartupImportFinished> finished;

    StartupContentImport(BeanProvider<FolderImport> folders, ContentSettings settings,
                         @Named(TaskExecutors.BLOCKING) ExecutorService executor,
                         ApplicationEventPublisher<StartupImportFinished> finished) {
        this.finished = finished;
        this.folders = folders;
        this.settings = settings;
        this.executor = executor;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (!settings.importOnStartup()) {
            return;
        }
        if (!Files.isDirectory(settings.dir())) {
            LOG.info("No content folder at {}; nothing imported", settings.dir().toAbsolutePath());
            return;
        }
        executor.submit(this::importNow);
    }

    private void importNow() {
        boolean succeeded = false;
        try {
            folders.get().importAll(settings.dir(), settings.examsDir(), null);
            succeeded = true;
        } catch (ContentInvalidException e) {
            LOG.error("Content and exams have {} problems; nothing was imported:\n{}", e.problems().size(),
                    String.join("\n", e.problems().stream().map(Object::toString).toList()));
        } catch (ImportBusyException e) {
            LOG.warn("Another import held the import lock longer than the database waits; this node's start-up"
                    + " import did nothing (the other import published the same files if it was another node's)");
        } catch (RuntimeException e) {
            LOG.error("Content import failed", e);
        }
        finished.publishEvent(new StartupImportFinished(succeeded));
    }
}
