package io.partneracademy.live;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SessionFileRepository extends CrudRepository<SessionFile, Long> {

    List<SessionFile> findBySessionIdOrderById(long sessionId);

    Optional<SessionFile> findByIdAndSessionId(long id, long sessionId);

    /** The newest recording of the session, if one was uploaded. */
    Optional<SessionFile> findFirstBySessionIdAndKindOrderByIdDesc(long sessionId, SessionFile.Kind kind);
}
