package io.partneracademy.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.files.CheckedUpload;
import io.partneracademy.files.FileStorage;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Materials and recordings uploaded to a session by its instructors or the enablement team, kept in the file store
 * ({@link FileStorage}: a folder or S3). An upload streams through a check that stops it at the first byte over the
 * size limit or when its first bytes are not a type the kind of file accepts; the store keeps nothing of a refused
 * upload. Materials are for everyone the session is open to; a recording only once the session has ended. The first
 * recording tells everyone who registered or waited, as a recording link does.
 */
@Singleton
class SessionUploads {

    /** Where a session's file is downloaded. */
    static String path(long sessionId, long fileId) {
        return LiveController.PATH + "/" + sessionId + "/files/" + fileId;
    }

    private final SessionAccess access;
    private final SessionFileRepository files;
    private final LiveSessionRepository sessions;
    private final RegistrationRepository registrations;
    private final LiveNotices notices;
    private final FileStorage storage;
    private final LiveSettings settings;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SessionUploads(SessionAccess access, SessionFileRepository files, LiveSessionRepository sessions,
                   RegistrationRepository registrations, LiveNotices notices, FileStorage storage,
                   LiveSettings settings, TransactionOperations<Connection> transactions, Clock clock) {
        this.access = access;
        this.files = files;
        this.sessions = sessions;
        this.registrations = registrations;
        this.notices = notices;
        this.storage = storage;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Stores the upload for the session the person runs (404 otherwise). Throws {@link UploadRefusedException}, having
     * kept nothing, when it is empty, too large or of a type the kind does not take.
     */
    SessionFile receive(CurrentUser user, long sessionId, SessionFile.Kind kind, InputStream in, String fileName) {
        access.managed(user, sessionId);
        return store(user, sessionId, kind, in, fileName, null);
    }

    /**
     * Puts a new file in the place of one of the session's files, of the same kind: the new one is stored first and
     * the old one (row and bytes) goes only once the new one is recorded, so a refused replacement keeps the old file.
     */
    SessionFile replace(CurrentUser user, long sessionId, long fileId, InputStream in, String fileName) {
        access.managed(user, sessionId);
        SessionFile old = files.findByIdAndSessionId(fileId, sessionId)
                .orElseThrow(() -> new SessionNotFoundException(sessionId));
        SessionFile stored = store(user, sessionId, old.kind(), in, fileName, old);
        storage.delete(old.storageKey());
        return stored;
    }

    /** Removes one of the session's files for good: its row, then its bytes in the store. */
    SessionFile delete(CurrentUser user, long sessionId, long fileId) {
        access.managed(user, sessionId);
        SessionFile file = files.findByIdAndSessionId(fileId, sessionId)
                .orElseThrow(() -> new SessionNotFoundException(sessionId));
        files.deleteById(fileId);
        storage.delete(file.storageKey());
        return file;
    }

    /** The largest file of a kind. */
    long maxBytes(SessionFile.Kind kind) {
        return kind == SessionFile.Kind.MATERIAL ? settings.materialMaxBytes() : settings.recordingMaxBytes();
    }

    private SessionFile store(CurrentUser user, long sessionId, SessionFile.Kind kind, InputStream in, String fileName,
                              @Nullable SessionFile replaced) {
        String name = FileName.clean(fileName);
        String key = "live/" + HexFormat.of().formatHex(randomBytes());
        long maxBytes = maxBytes(kind);
        CheckedUpload<UploadType> checked = new CheckedUpload<>(in, maxBytes, UploadType.HEAD_BYTES,
                (head, length) -> UploadType.detect(head, length, name).filter(t -> t.is(kind))
                        .orElseThrow(() -> UploadRefusedException.wrongType(kind)),
                () -> UploadRefusedException.tooLarge(maxBytes), UploadRefusedException::empty);
        long size;
        try {
            size = storage.write(key, checked);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return transactions.executeWrite(status -> {
                SessionFile saved = record(user, sessionId, kind, key, name, checked.type(), size);
                if (replaced != null) {
                    files.deleteById(replaced.id());
                }
                return saved;
            });
        } catch (RuntimeException e) {
            storage.delete(key);
            throw e;
        }
    }

    private SessionFile record(CurrentUser user, long sessionId, SessionFile.Kind kind, String key, String name,
                               UploadType type, long size) {
        LiveSession session = sessions.findById(sessionId).orElseThrow(() -> new SessionNotFoundException(sessionId));
        boolean firstRecording = kind == SessionFile.Kind.RECORDING && session.recordingUrl() == null
                && files.findFirstBySessionIdAndKindOrderByIdDesc(sessionId, kind).isEmpty();
        SessionFile saved = files.save(new SessionFile(null, sessionId, kind, key, name, type.contentType(), size,
                user.id(), clock.instant()));
        if (firstRecording) {
            registrations.findBySessionId(sessionId).stream()
                    .filter(r -> r.status() != RegistrationStatus.CANCELLED)
                    .forEach(r -> notices.recordingAdded(session, r.userId()));
        }
        return saved;
    }

    /** The session's files in upload order (the page decides who sees which). */
    List<SessionFile> list(long sessionId) {
        return files.findBySessionIdOrderById(sessionId);
    }

    /** The newest uploaded recording, if any. */
    Optional<SessionFile> recording(long sessionId) {
        return files.findFirstBySessionIdAndKindOrderByIdDesc(sessionId, SessionFile.Kind.RECORDING);
    }

    /**
     * A file for a viewer: a material for anyone the session is open to and the people who run it; a recording the
     * same, but for the audience only once the session has ended. 404 for anyone else.
     */
    SessionFile file(CurrentUser viewer, long sessionId, long fileId) {
        LiveSession session = sessions.findById(sessionId).orElseThrow(() -> new SessionNotFoundException(sessionId));
        boolean runs = access.mayManage(viewer, session);
        if (!runs) {
            access.visible(viewer.id(), sessionId);
        }
        SessionFile file = files.findByIdAndSessionId(fileId, sessionId)
                .orElseThrow(() -> new SessionNotFoundException(sessionId));
        if (file.kind() == SessionFile.Kind.RECORDING && !runs && session.endsAt().isAfter(clock.instant())) {
            throw new SessionNotFoundException(sessionId);
        }
        return file;
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Safe download names: the client's base name without path or control characters, at most 200 characters. */
    static final class FileName {
        private FileName() {
        }

        static String clean(String name) {
            String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
            base = base.length() > 200 ? base.substring(base.length() - 200) : base;
            return base.isEmpty() ? "file" : base;
        }
    }
}
