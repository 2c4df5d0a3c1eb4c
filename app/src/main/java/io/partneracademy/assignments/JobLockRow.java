package io.partneracademy.assignments;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** An assignment job's lock row (V123) and, for the completion sweep, the id after which its next page starts. */
@MappedEntity("assignment_job_lock")
record JobLockRow(@Id String name, long afterId) {
}
