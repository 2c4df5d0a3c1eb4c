package io.partneracademy.authoring;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of job_lock: a job that runs on one node at a time. */
@MappedEntity("job_lock")
record JobLockRow(@Id String name) {
}
