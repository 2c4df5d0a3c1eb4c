package io.partneracademy.api;

/** Where the API lives. */
final class ApiPaths {

    static final String V1 = "/api/v1";

    private ApiPaths() {
    }
}
