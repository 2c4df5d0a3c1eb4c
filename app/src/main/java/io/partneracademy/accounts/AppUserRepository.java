package io.partneracademy.accounts;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AppUserRepository extends CrudRepository<AppUser, Long> {

    Optional<AppUser> findByEmail(String email);

    boolean existsByEmail(String email);

    List<AppUser> findAllOrderByDisplayName();

    List<AppUser> findByIdIn(java.util.Collection<Long> ids);

    @Query("SELECT language, time_zone FROM app_user WHERE id = :id")
    Optional<PreferencesRow> findPreferences(long id);

    @Query("UPDATE app_user SET language = :language, time_zone = :timeZone, updated_at = :now WHERE id = :id")
    int updatePreferences(long id, @Nullable String language, @Nullable String timeZone, Instant now);

    @Query("UPDATE app_user SET language = :language, updated_at = :now WHERE id = :id")
    int updateLanguage(long id, String language, Instant now);

    /** Sets a password on an account that has none; 0 when it has one (set meanwhile, in another tab). */
    @Query("UPDATE app_user SET password_hash = :hash, updated_at = :now WHERE id = :id AND password_hash IS NULL")
    int setFirstPassword(long id, String hash, Instant now);

    @Query("SELECT password_hash IS NOT NULL FROM app_user WHERE id = :id")
    boolean hasPassword(long id);

    /** The stored language tag and zone id of a person. */
    @Introspected
    record PreferencesRow(@Nullable String language, @Nullable String timeZone) {
    }
}
