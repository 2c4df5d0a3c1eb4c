package io.partneracademy.notifications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface NotificationRepository extends GenericRepository<NotificationRow, Long> {

    @Query("""
            INSERT IGNORE INTO notification (user_id, kind, subject, body, link, dedupe_key, created_at)
            VALUES (:userId, :kind, :subject, :body, :link, :dedupeKey, :at)""")
    int insertIgnore(long userId, String kind, String subject, String body, @Nullable String link, String dedupeKey,
                     Instant at);

    @Query("""
            INSERT IGNORE INTO notification (user_id, kind, subject, body, link, dedupe_key, created_at,
                                             attachment_name, attachment_type, attachment)
            VALUES (:userId, :kind, :subject, :body, :link, :dedupeKey, :at, :attachmentName, :attachmentType,
                    :attachment)""")
    int insertIgnoreWithAttachment(long userId, String kind, String subject, String body, @Nullable String link,
                                   String dedupeKey, Instant at, String attachmentName, String attachmentType,
                                   String attachment);

    List<NotificationRow> findTop50ByUserIdOrderByCreatedAtDesc(long userId);

    @Query("SELECT COUNT(*) FROM notification WHERE user_id = :userId AND read_at IS NULL")
    int countUnread(long userId);

    @Query("UPDATE notification SET read_at = :at WHERE user_id = :userId AND read_at IS NULL")
    void markAllRead(long userId, Instant at);

    /** Ids of unmailed notifications, oldest first, as a plain read that locks nothing. */
    @Query("SELECT id FROM notification WHERE mailed_at IS NULL ORDER BY id LIMIT :limit")
    List<Long> findUnmailed(int limit);

    /**
     * Locks up to {@code limit} of these notifications that are still unmailed and not locked by another transaction.
     * Looked up by primary key, so only the rows found are locked, never the index gap new notifications go into.
     */
    @Query("""
            SELECT id FROM notification FORCE INDEX (PRIMARY)
            WHERE id IN (:ids) AND mailed_at IS NULL
            ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED""")
    List<Long> lockUnmailed(Collection<Long> ids, int limit);

    @Query("SELECT * FROM notification WHERE id = :id")
    java.util.Optional<NotificationRow> findById(long id);

    @Query("UPDATE notification SET mailed_at = :at WHERE id = :id")
    void markMailed(long id, Instant at);
}
