package io.partneracademy.search;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;

/**
 * Opens the index and runs the first synchronisation on a background thread once the server is up. Opening
 * Lucene (and rebuilding a missing, corrupt or outdated index) needs no place on the path to the first page:
 * until it is done the first search waits for the index bean, and that is all.
 */
@Singleton
class SearchStartup implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(SearchStartup.class);

    private final BeanProvider<SearchSync> sync;
    private final ExecutorService executor;

    SearchStartup(BeanProvider<SearchSync> sync, @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.sync = sync;
        this.executor = executor;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        executor.submit(() -> {
            try {
                sync.get().runQuietly();
            } catch (RuntimeException e) {
                LOG.error("The search index cannot be opened; searches fail until it can", e);
            }
        });
    }
}
