package org.onewindow.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A database of its own on the machine's PostgreSQL ({@code 127.0.0.1:5432}, database {@code test}
 * for administration), created for one test run and dropped afterwards. An unreachable
 * PostgreSQL fails the test with a message saying so; it never skips it.
 */
public final class FreshPostgres implements AutoCloseable {

    static final String ADMIN_URL =
            System.getProperty("onewindow.test.postgres", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    private final String name;

    private FreshPostgres(String name) {
        this.name = name;
    }

    public static FreshPostgres create() {
        String name = "ow_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(ADMIN_URL);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new AssertionError(
                    "PostgreSQL is required for the cluster tests and is unreachable at " + ADMIN_URL
                            + " (start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start): "
                            + e.getMessage(),
                    e);
        }
        return new FreshPostgres(name);
    }

    /** The JDBC URL nodes are started with. */
    public String url() {
        return ADMIN_URL.replace("/test?", "/" + name + "?");
    }

    public String name() {
        return name;
    }

    @Override
    public void close() {
        try (Connection c = DriverManager.getConnection(ADMIN_URL);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("could not drop the test database " + name + ": " + e.getMessage());
        }
    }
}
