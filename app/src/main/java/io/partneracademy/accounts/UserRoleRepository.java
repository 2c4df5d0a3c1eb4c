package io.partneracademy.accounts;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface UserRoleRepository extends GenericRepository<AppUser, Long> {

    @Query("SELECT role FROM user_role WHERE user_id = :userId ORDER BY role")
    List<String> findRoles(long userId);

    @Query("INSERT INTO user_role (user_id, role) VALUES (:userId, :role)")
    void addRole(long userId, String role);

    @Query("DELETE FROM user_role WHERE user_id = :userId")
    void removeAll(long userId);

    @Query("SELECT user_id FROM user_role WHERE role = :role")
    List<Long> findUserIdsWithRole(String role);
}
