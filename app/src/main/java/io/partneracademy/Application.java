package io.partneracademy;

import io.micronaut.runtime.Micronaut;

/** Starts the Partner Academy server against the configured MySQL database. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.build(args)
                .mainClass(Application.class)
                .banner(false)
                .start();
    }
}
