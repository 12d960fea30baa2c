package org.onewindow.channel.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.testing.Await.await;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.channel.ChannelUser;
import org.onewindow.channel.OutputChannel;
import org.onewindow.shared.Lang;
import org.onewindow.shared.Message;
import org.onewindow.shared.MessageType;
import org.onewindow.shared.Reply;
import org.onewindow.shared.Sender;

@ExtendWith(VertxExtension.class)
final class ChannelGatewayCatchUpTest {

    @TempDir
    Path dir;

    private ChannelFixture fixture;
    private final LinkedBlockingQueue<Message> pushed = new LinkedBlockingQueue<>();

    @AfterEach
    void close() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    private void say(String user, String text) throws Exception {
        await(fixture.gateway.receive(ChannelInput.text("webhook", user, null, text, null)));
    }

    private ChannelUser user(String userId) throws Exception {
        return await(fixture.store.find("webhook", userId)).orElseThrow();
    }

    /**
     * The user's sent_seq once it reached {@code seq} (or after 5 s): a live push records it after
     * the platform took the message, so it can lag the platform's side for a moment.
     */
    private long sentSeqOnceAtLeast(String userId, long seq) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        long sent = user(userId).sentSeq();
        while (sent < seq && System.nanoTime() < deadline) {
            Thread.sleep(10);
            sent = user(userId).sentSeq();
        }
        return sent;
    }

    /** A staff reply committed to the conversation (and published, to whoever listens). */
    private Message storeStaffReply(String conversationId, String text) throws Exception {
        List<Message> committed = await(fixture.service.systemTurn(
                        conversationId,
                        state -> state,
                        state -> List.of(new Reply(Sender.STAFF, MessageType.TEXT, text, List.of(), List.of(), null))))
                .messages();
        return committed.get(committed.size() - 1);
    }

    /** Alice has talked once; the gateway is then stopped and a fresh one is built over the same database. */
    private ChannelUser aliceThenRestart(Vertx vertx) throws Exception {
        fixture = ChannelFixture.start(vertx, dir);
        say("alice", "hello");
        ChannelUser alice = user("alice");
        fixture.close();
        fixture = ChannelFixture.start(vertx, dir);
        return alice;
    }

    @Test
    void start_staffReplyStoredWhileStopped_isSentOnce(Vertx vertx) throws Exception {
        ChannelUser alice = aliceThenRestart(vertx);
        Message staff = storeStaffReply(alice.conversationId(), "Hello, this is Li from the tax office.");
        fixture.gateway.register(ChannelGatewayTest.recording("webhook", pushed));

        fixture.listen(List.of());

        Message out = pushed.poll(5, TimeUnit.SECONDS);
        assertThat(out).isNotNull();
        assertThat(out.seq()).isEqualTo(staff.seq());
        assertThat(out.text()).contains("Li from the tax office");
        await(fixture.gateway.catchUp());
        await(fixture.gateway.catchUp());
        assertThat(pushed.poll(300, TimeUnit.MILLISECONDS))
                .as("a later round sends it again")
                .isNull();
        assertThat(user("alice").sentSeq()).isEqualTo(staff.seq());
    }

    private final AtomicInteger attempts = new AtomicInteger();
    private final LinkedBlockingQueue<Integer> refused = new LinkedBlockingQueue<>();

    /** A gateway whose platform refuses the first push, after one catch-up round; Alice has said hello. */
    private void startWithAPlatformRefusingOnce(Vertx vertx) throws Exception {
        fixture = ChannelFixture.start(vertx, dir);
        fixture.gateway.register(failingFirst("webhook", 1, attempts, refused, pushed));
        fixture.listen(List.of());
        await(fixture.gateway.catchUp());
        say("alice", "hello");
    }

    @Test
    void catchUp_afterALivePushFailed_sendsItInTheNextRound(Vertx vertx) throws Exception {
        startWithAPlatformRefusingOnce(vertx);
        ChannelUser before = user("alice");

        Message staff = storeStaffReply(before.conversationId(), "Your application OW-2026-000001 needs a seal.");
        assertThat(refused.poll(5, TimeUnit.SECONDS))
                .as("the live push was tried")
                .isEqualTo(1);
        await(fixture.gateway.catchUp());

        assertThat(pushed.poll(5, TimeUnit.SECONDS)).extracting(Message::seq).isEqualTo(staff.seq());
        assertThat(attempts).hasValue(2);
        assertThat(user("alice").sentSeq()).isEqualTo(staff.seq());
        await(fixture.gateway.catchUp());
        assertThat(pushed.poll(300, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void catchUp_aFailedPushThatALaterDeliveryMovedSentSeqPast_isStillSent(Vertx vertx) throws Exception {
        startWithAPlatformRefusingOnce(vertx);
        String conversationId = user("alice").conversationId();

        Message first = storeStaffReply(conversationId, "Your application OW-2026-000002 needs a seal.");
        assertThat(refused.poll(5, TimeUnit.SECONDS))
                .as("the first push was refused")
                .isEqualTo(1);
        Message second = storeStaffReply(conversationId, "Li from the tax office will call you today.");
        assertThat(pushed.poll(5, TimeUnit.SECONDS)).extracting(Message::seq).isEqualTo(second.seq());
        assertThat(sentSeqOnceAtLeast("alice", second.seq())).isEqualTo(second.seq());

        await(fixture.gateway.catchUp());

        assertThat(pushed.poll(5, TimeUnit.SECONDS)).extracting(Message::seq).isEqualTo(first.seq());
        await(fixture.gateway.catchUp());
        assertThat(pushed.poll(300, TimeUnit.MILLISECONDS))
                .as("sent once more, not again")
                .isNull();
        assertThat(attempts).hasValue(3);
    }

    @Test
    void catchUp_platformFailingForOneUser_stillSendsToTheOthers(Vertx vertx) throws Exception {
        fixture = ChannelFixture.start(vertx, dir);
        say("alice", "hello");
        say("bob", "hello");
        ChannelUser alice = user("alice");
        ChannelUser bob = user("bob");
        fixture.close();
        fixture = ChannelFixture.start(vertx, dir);
        Message toAlice = storeStaffReply(alice.conversationId(), "Alice, your file is incomplete.");
        Message toBob = storeStaffReply(bob.conversationId(), "Bob, your application is approved.");
        LinkedBlockingQueue<String> sentTo = new LinkedBlockingQueue<>();
        fixture.gateway.register(new OutputChannel() {
            @Override
            public String name() {
                return "webhook";
            }

            @Override
            public Future<Void> push(String userId, Lang locale, List<Message> messages) {
                if (userId.equals("alice")) {
                    return Future.failedFuture(new IllegalStateException("platform refused"));
                }
                sentTo.add(userId);
                return Future.succeededFuture();
            }
        });

        await(fixture.gateway.catchUp());

        assertThat(sentTo).containsExactly("bob");
        assertThat(user("bob").sentSeq()).isEqualTo(toBob.seq());
        assertThat(user("alice").sentSeq()).as("retried next round").isLessThan(toAlice.seq());
    }

    @Test
    void catchUp_turnRepliesAboveSentSeq_areNotSent(Vertx vertx) throws Exception {
        fixture = ChannelFixture.start(vertx, dir);
        fixture.gateway.register(ChannelGatewayTest.recording("webhook", pushed));
        fixture.listen(List.of());
        await(fixture.gateway.catchUp());
        say("alice", "hello");
        say("alice", "I want to deregister my company");
        say("alice", "1");
        ChannelUser alice = user("alice");
        List<Message> history = await(fixture.service.messagesAfter(alice.conversationId(), 0));
        long greetingEnd = history.stream()
                        .filter(m -> m.from() == Sender.USER)
                        .findFirst()
                        .orElseThrow()
                        .seq()
                - 1;
        lowerSentSeq("alice", greetingEnd); // as if the turns' own advances had been lost

        await(fixture.gateway.catchUp());

        assertThat(pushed.poll(300, TimeUnit.MILLISECONDS)).isNull();
        assertThat(user("alice").sentSeq())
                .isEqualTo(history.get(history.size() - 1).seq());
    }

    @Test
    void catchUp_afterTheLivePush_sendsNothingMore(Vertx vertx) throws Exception {
        fixture = ChannelFixture.start(vertx, dir);
        fixture.gateway.register(ChannelGatewayTest.recording("webhook", pushed));
        fixture.listen(List.of());
        say("alice", "hello");
        Message staff = storeStaffReply(user("alice").conversationId(), "Hello, this is Li from the tax office.");
        assertThat(pushed.poll(5, TimeUnit.SECONDS)).extracting(Message::seq).isEqualTo(staff.seq());

        await(fixture.gateway.catchUp());

        assertThat(pushed.poll(300, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void catchUp_twoNodesAtOnce_sendEachMessageOnce(Vertx vertx) throws Exception {
        ChannelUser alice = aliceThenRestart(vertx);
        storeStaffReply(alice.conversationId(), "First, from Li.");
        storeStaffReply(alice.conversationId(), "Second, from Li.");
        ChannelGateway other = new ChannelGateway(
                vertx, fixture.conversations, fixture.store, new RateLimits(fixture.clock, 20, 600), fixture.clock);
        fixture.gateway.register(ChannelGatewayTest.recording("webhook", pushed));
        other.register(ChannelGatewayTest.recording("webhook", pushed));
        try {
            for (int round = 0; round < 3; round++) {
                await(Future.join(fixture.gateway.catchUp(), other.catchUp()));
            }
        } finally {
            await(other.stop());
        }

        assertThat(pushed).extracting(Message::text).containsExactly("First, from Li.", "Second, from Li.");
    }

    @Test
    void catchUp_manyMissedMessages_sendsAtMostTheRoundsShareOldestFirst(Vertx vertx) throws Exception {
        ChannelUser alice = aliceThenRestart(vertx);
        for (int i = 1; i <= PushCatchUp.CATCH_UP_PER_USER + 2; i++) {
            storeStaffReply(alice.conversationId(), "notice " + i);
        }
        fixture.gateway.register(ChannelGatewayTest.recording("webhook", pushed));

        await(fixture.gateway.catchUp());
        assertThat(pushed).hasSize(PushCatchUp.CATCH_UP_PER_USER);
        assertThat(pushed.peek().text()).isEqualTo("notice 1");
        pushed.clear();
        await(fixture.gateway.catchUp());

        assertThat(pushed)
                .extracting(Message::text)
                .containsExactly(
                        "notice " + (PushCatchUp.CATCH_UP_PER_USER + 1),
                        "notice " + (PushCatchUp.CATCH_UP_PER_USER + 2));
    }

    private void lowerSentSeq(String userId, long seq) throws Exception {
        await(fixture.database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE channel_users SET sent_seq = ? WHERE channel = 'webhook' AND user_id = ?")) {
                update.setLong(1, seq);
                update.setString(2, userId);
                update.executeUpdate();
            }
            return null;
        }));
    }

    /** Refuses the first {@code failures} pushes (their attempt numbers into {@code refused}), then sends into {@code into}. */
    private static OutputChannel failingFirst(
            String name,
            int failures,
            AtomicInteger attempts,
            LinkedBlockingQueue<Integer> refused,
            LinkedBlockingQueue<Message> into) {
        return new OutputChannel() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Future<Void> push(String userId, Lang locale, List<Message> messages) {
                int attempt = attempts.incrementAndGet();
                if (attempt <= failures) {
                    refused.add(attempt);
                    return Future.failedFuture(new IllegalStateException("platform API: 502"));
                }
                into.addAll(messages);
                return Future.succeededFuture();
            }
        };
    }
}
