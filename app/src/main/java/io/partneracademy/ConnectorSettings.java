package io.partneracademy;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Connector/J settings every deployment needs, whatever URL is configured: keep autocommit and read-only
 * state on the client instead of asking or telling the server on every borrow. Without them each read costs
 * three extra round trips (SET SESSION TRANSACTION READ ONLY/WRITE, SELECT @@transaction_read_only); with
 * them an answer save is two statements (docs/benchmarks/exam-saves.md). Values in the URL still win.
 */
@Singleton
class ConnectorSettings implements BeanCreatedEventListener<DatasourceConfiguration> {

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration config = event.getBean();
        String url = config.getJdbcUrl() == null ? "" : config.getJdbcUrl();
        addUnlessInUrl(config, url, "useLocalSessionState", "true");
        addUnlessInUrl(config, url, "readOnlyPropagatesToServer", "false");
        addUnlessInUrl(config, url, "cachePrepStmts", "true");
        addUnlessInUrl(config, url, "connectionTimeZone", "UTC");
        addUnlessInUrl(config, url, "forceConnectionTimeZoneToSession", "true");
        return config;
    }

    private static void addUnlessInUrl(DatasourceConfiguration config, String url, String key, String value) {
        if (!url.contains(key + "=")) {
            config.addDataSourceProperty(key, value);
        }
    }
}
