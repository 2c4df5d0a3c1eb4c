package io.partneracademy.catalog;

import io.micronaut.core.annotation.Introspected;

/** A module of one course version. */
@Introspected
record ModuleRow(String moduleId, int position, String title) {
}
