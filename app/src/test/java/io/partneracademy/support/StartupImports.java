package io.partneracademy.support;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import io.partneracademy.authoring.StartupImportFinished;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Lets a test wait for its server's start-up import (only in contexts that ask for it with the property). */
@Singleton
@Requires(property = StartupImports.PROPERTY, value = "true")
public class StartupImports {

    public static final String PROPERTY = "partneracademy.test.await-startup-import";

    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean succeeded;

    @EventListener
    void onFinished(StartupImportFinished event) {
        succeeded = event.succeeded();
        finished.countDown();
    }

    /** Waits until the start-up import has finished and says whether it imported. */
    public boolean await(Duration atMost) {
        try {
            if (!finished.await(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the start-up import did not finish within " + atMost);
            }
            return succeeded;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
