package org.onewindow.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onewindow.testing.Await.await;

import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.policy.Fact;
import org.onewindow.policy.Profile;

final class SqlProfileStoreTest {

    @TempDir
    Path dir;

    private Vertx vertx;
    private SqlDatabase db;
    private SqlProfileStore store;

    @BeforeEach
    void open() {
        vertx = Vertx.vertx();
        db = SqlDatabase.open(vertx, "jdbc:sqlite:" + dir.resolve("ow.db"));
        store = new SqlProfileStore(db);
    }

    @AfterEach
    void close() throws Exception {
        db.close();
        vertx.close().await(10, TimeUnit.SECONDS);
    }

    private static Fact fact(String key, String value, String source, long second) {
        return new Fact(key, value, source, Instant.ofEpochSecond(1_767_225_600L + second));
    }

    @Test
    void save_thenFind_keepsValueSourceAndTime_andLaterValuesReplaceEarlier() throws Exception {
        String uscc = "91430100MA4L000001";
        assertTrue(await(store.find(uscc)).isEmpty());
        await(store.save(
                uscc,
                List.of(fact("headcount", "120", "conversation:c1", 1), fact("rd_ratio", "6", "conversation:c1", 1))));
        await(store.save(uscc, List.of(fact("headcount", "150", "staff:alice", 2))));
        Profile p = await(store.find(uscc)).orElseThrow();
        assertEquals("150", p.facts().get("headcount").value());
        assertEquals("staff:alice", p.facts().get("headcount").source());
        assertEquals(
                Instant.ofEpochSecond(1_767_225_602L),
                p.facts().get("headcount").updatedAt());
        assertEquals("6", p.facts().get("rd_ratio").value());
        await(store.delete(uscc, "rd_ratio"));
        assertEquals(1, await(store.find(uscc)).orElseThrow().facts().size());
    }

    @Test
    void page_walksAllProfilesInUsccOrder() throws Exception {
        for (String u : List.of("91430100MA4L000003", "91430100MA4L000001", "91430100MA4L000002")) {
            await(store.save(u, List.of(fact("headcount", "1", "t", 0), fact("industry", "other", "t", 0))));
        }
        List<Profile> first = await(store.page(null, 2));
        assertEquals(
                List.of("91430100MA4L000001", "91430100MA4L000002"),
                first.stream().map(Profile::uscc).toList());
        assertEquals(2, first.get(0).facts().size());
        List<Profile> second = await(store.page(first.get(1).uscc(), 2));
        assertEquals(
                List.of("91430100MA4L000003"),
                second.stream().map(Profile::uscc).toList());
        assertTrue(await(store.page("91430100MA4L000003", 2)).isEmpty());
    }
}
