package org.onewindow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.testing.Await.await;

import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.channel.ChannelUser;
import org.onewindow.shared.Lang;
import org.onewindow.shared.QuickReply;

final class SqlChannelStoreTest {

    @TempDir
    Path dir;

    private Vertx vertx;
    private SqlDatabase database;
    private SqlChannelStore store;
    private final Instant now = Instant.parse("2026-11-27T08:00:00Z");

    @BeforeEach
    void open() {
        vertx = Vertx.vertx();
        database = SqlDatabase.open(vertx, "jdbc:sqlite:" + dir.resolve("store.db"));
        store = new SqlChannelStore(database);
    }

    @AfterEach
    void close() throws Exception {
        database.close();
        await(vertx.close());
    }

    @Test
    void insert_thenFind_roundTripsAndASecondInsertIsRefused() throws Exception {
        ChannelUser user = new ChannelUser(
                "wechat", "oUpF8u", "c-1", "secret-token", Lang.ZH, List.of(new QuickReply("取消", "process:cancel")), 3);
        assertThat(await(store.insert(user, now))).isTrue();
        assertThat(await(store.insert(new ChannelUser("wechat", "oUpF8u", "c-2", "t2", Lang.EN, List.of(), 0), now)))
                .isFalse();
        assertThat(await(store.find("wechat", "oUpF8u"))).contains(user);
        assertThat(await(store.find("telegram", "oUpF8u"))).isEmpty();
        assertThat(await(store.all())).containsExactly(user);
    }

    @Test
    void options_andSentSeq_areUpdatedAndSentSeqNeverGoesBack() throws Exception {
        await(store.insert(new ChannelUser("telegram", "1", "c-1", "t", Lang.EN, List.of(), 2), now));
        await(store.saveOptions("telegram", "1", List.of(new QuickReply("A", "a"), new QuickReply("B", "b")), now));
        await(store.advanceSentSeq("telegram", "1", 9, now));
        await(store.advanceSentSeq("telegram", "1", 5, now));
        ChannelUser found = await(store.find("telegram", "1")).orElseThrow();
        assertThat(found.options()).extracting(QuickReply::action).containsExactly("a", "b");
        assertThat(found.sentSeq()).isEqualTo(9);
    }

    @Test
    void claim_isTrueOnceThenFalseUntilPurged() throws Exception {
        assertThat(await(store.claim("webhook", "id:msg_1", now))).isTrue();
        assertThat(await(store.claim("webhook", "id:msg_1", now))).isFalse();
        assertThat(await(store.claim("telegram", "id:msg_1", now))).isTrue();
        assertThat(await(store.purgeClaims(now.plusSeconds(1)))).isEqualTo(2);
        assertThat(await(store.claim("webhook", "id:msg_1", now))).isTrue();
    }

    @Test
    void claimUnlessFresh_takesOverOnlyAStaleClaim() throws Exception {
        assertThat(await(store.claimUnlessFresh("webhook", "push:c-1:7", now, now.minusSeconds(300))))
                .isTrue();
        assertThat(await(store.claimUnlessFresh("webhook", "push:c-1:7", now.plusSeconds(60), now.minusSeconds(240))))
                .as("a fresh claim is held")
                .isFalse();
        assertThat(await(store.claim("webhook", "push:c-1:7", now.plusSeconds(400))))
                .isFalse();
        assertThat(await(store.claimUnlessFresh("webhook", "push:c-1:7", now.plusSeconds(400), now.plusSeconds(100))))
                .as("a stale claim is taken over")
                .isTrue();
        assertThat(await(store.claimUnlessFresh("webhook", "push:c-1:7", now.plusSeconds(500), now.plusSeconds(200))))
                .as("the takeover renewed the claim")
                .isFalse();
    }

    @Test
    void release_letsTheKeyBeClaimedAgain() throws Exception {
        assertThat(await(store.claim("telegram", "push:c-1:3", now))).isTrue();
        await(store.release("telegram", "push:c-1:3"));
        assertThat(await(store.claim("telegram", "push:c-1:3", now))).isTrue();
        assertThat(await(store.claim("telegram", "push:c-1:3", now))).isFalse();
    }

    @Test
    void actions_areRememberedUnderTheirShortId() throws Exception {
        await(store.saveAction("abc", "process:start:x", now));
        await(store.saveAction("abc", "process:start:x", now));
        assertThat(await(store.action("abc"))).contains("process:start:x");
        assertThat(await(store.action("nope"))).isEmpty();
    }
}
