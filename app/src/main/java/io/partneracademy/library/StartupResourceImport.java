package io.partneracademy.library;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.TaskExecutors;
import io.partneracademy.content.ContentSettings;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.util.concurrent.ExecutorService;

/**
 * Imports content/resources/ in the background once the server is up. The importer (text extraction, PDFBox,
 * the search index) is created on that background thread, so none of it delays the first page.
 */
@Singleton
class StartupResourceImport implements ApplicationEventListener<ServerStartupEvent> {

    private final BeanProvider<ResourceImport> resourceImport;
    private final ContentSettings content;
    private final ExecutorService executor;

    StartupResourceImport(BeanProvider<ResourceImport> resourceImport, ContentSettings content,
                          @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.resourceImport = resourceImport;
        this.content = content;
        this.executor = executor;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (content.importOnStartup()) {
            executor.submit(() -> resourceImport.get().importShipped(content.dir().resolve("resources")));
        }
    }
}
