package org.onewindow.connector;

import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.onewindow.store.SqlDatabase;

/** Fresh databases for tests: a SQLite file in a temporary folder, or a new PostgreSQL database. */
public final class TestDatabases {

    public static final String POSTGRES_ADMIN_URL =
            System.getProperty("onewindow.test.postgres", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    private TestDatabases() {}

    public static SqlDatabase sqlite(Vertx vertx, Path dir) throws Exception {
        Files.createDirectories(dir);
        return SqlDatabase.open(vertx, "jdbc:sqlite:" + dir.resolve("outbox-test.db"));
    }

    /** A database of its own on the machine's PostgreSQL; dropped by {@link #dropPostgres}. */
    public static String createPostgres() {
        String name = "ow_connector_test_" + Long.toHexString(System.nanoTime()) + "_"
                + ProcessHandle.current().pid();
        try (Connection c = DriverManager.getConnection(POSTGRES_ADMIN_URL);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new AssertionError(
                    "PostgreSQL is required for this test and is unreachable at " + POSTGRES_ADMIN_URL
                            + " (start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start): "
                            + e.getMessage(),
                    e);
        }
        return POSTGRES_ADMIN_URL.replace("/test?", "/" + name + "?") + "#" + name;
    }

    public static SqlDatabase postgres(Vertx vertx, String urlAndName) {
        return SqlDatabase.open(vertx, urlAndName.substring(0, urlAndName.indexOf('#')));
    }

    public static void dropPostgres(String urlAndName) {
        String name = urlAndName.substring(urlAndName.indexOf('#') + 1);
        try (Connection c = DriverManager.getConnection(POSTGRES_ADMIN_URL);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            // Left behind; harmless.
        }
    }
}
