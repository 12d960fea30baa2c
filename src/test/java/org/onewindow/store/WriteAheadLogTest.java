package org.onewindow.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite's write-ahead log under a writer that never pauses. */
final class WriteAheadLogTest {

    private static final int ROW_BYTES = 16 * 1024;

    @TempDir
    Path dir;

    private Vertx vertx;
    private SqlDatabase db;

    @BeforeEach
    void open() throws Exception {
        vertx = Vertx.vertx();
        db = SqlDatabase.open(vertx, "jdbc:sqlite:" + dir.resolve("ow.db"));
        db.write(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate("CREATE TABLE wal_probe (n INTEGER NOT NULL, body TEXT NOT NULL)");
            }
        }).await(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void close() throws Exception {
        db.close();
        vertx.close().await(10, TimeUnit.SECONDS);
    }

    @Test
    void continuousWrites_withReadsBetween_keepTheLogBounded_andLoseNothing() throws Exception {
        // 64 MB written in back-to-back commits while reads run: a checkpoint that only ever ran
        // beside the writer could never restart the log, which then grew by every byte written.
        String body = "x".repeat(ROW_BYTES);
        int rows = 4096;
        List<Future<Integer>> writes = new ArrayList<>();
        List<Future<Integer>> reads = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            int n = i;
            writes.add(db.write(c -> {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO wal_probe (n, body) VALUES (?, ?)")) {
                    insert.setInt(1, n);
                    insert.setString(2, body);
                    return insert.executeUpdate();
                }
            }));
            if (i % 64 == 0) {
                reads.add(db.read(c -> {
                    try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM wal_probe")) {
                        rs.next();
                        return rs.getInt(1);
                    }
                }));
            }
        }
        Future.all(writes).await(60, TimeUnit.SECONDS);
        Future.all(reads).await(60, TimeUnit.SECONDS);

        long logBytes = Files.size(dir.resolve("ow.db-wal"));
        assertThat(logBytes).as("write-ahead log size after %d MB written", (long) rows * ROW_BYTES >> 20)
                .isLessThan(16L << 20);
        int stored = db.read(c -> {
            try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM wal_probe")) {
                rs.next();
                return rs.getInt(1);
            }
        }).await(10, TimeUnit.SECONDS);
        assertThat(stored).isEqualTo(rows);
    }
}
