package org.onewindow.channel.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.testing.Await.await;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.channel.ChannelConversations;
import org.onewindow.channel.ChannelUser;
import org.onewindow.channel.OpenedConversation;
import org.onewindow.channel.OutputChannel;
import org.onewindow.channel.TurnReply;
import org.onewindow.shared.InboundMessage;
import org.onewindow.shared.Lang;
import org.onewindow.shared.Message;
import org.onewindow.shared.MessageType;
import org.onewindow.shared.QuickReply;
import org.onewindow.shared.Sender;

@ExtendWith(VertxExtension.class)
final class ChannelGatewayTest {

    @TempDir
    Path dir;

    private ChannelFixture fixture;

    @AfterEach
    void close() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    private ChannelTurn say(String user, String text) throws Exception {
        return await(fixture.gateway.receive(ChannelInput.text("webhook", user, null, text, null)));
    }

    @Test
    void receive_firstContact_opensOneConversationPerChannelUser(Vertx vertx) throws Exception {
        fixture = ChannelFixture.start(vertx, dir);
        say("alice", "hello");
        say("alice", "how is rent support paid?");
        say("bob", "hello");

        ChannelUser alice = await(fixture.store.find("webhook", "alice")).orElseThrow();
        ChannelUser bob = await(fixture.store.find("webhook", "bob")).orElseThrow();
        assertThat(alice.conversationId()).isNotEqualTo(bob.conversationId());
        List<Message> history = await(fixture.service.messagesAfter(alice.conversationId(), 0));
        assertThat(history)
                .filteredOn(m -> m.from() == Sender.USER)
                .extracting(Message::text)
                .containsExactly("hello", "how is rent support paid?");
        assertThat(alice.sentSeq()).isEqualTo(history.get(history.size() - 1).seq());
        assertThat(alice.toString()).doesNotContain(alice.token());
    }

    @Test
    void receive_numberAfterOptions_sendsThatOptionsAction(Vertx vertx) throws Exception {
        fixture = ChannelFixture.start(vertx, dir);
        ChannelTurn started = say("alice", "I want to deregister my company");
        assertThat(started.options()).extracting(QuickReply::action).containsExactly("process:cancel");
        assertThat(PlainText.renderAll(started.messages(), Lang.EN, true)).contains("1. Cancel");

        ChannelTurn asked = say("alice", "1");
        assertThat(asked.options())
                .extracting(QuickReply::action)
                .containsExactly("process:cancel-confirm", "process:cancel-abort");
        ChannelTurn continued = say("alice", "２");
        assertThat(continued.messages().get(0).text()).contains("continue");
        ChannelUser stored = await(fixture.store.find("webhook", "alice")).orElseThrow();
        assertThat(stored.options()).extracting(QuickReply::action).containsExactly("process:cancel");
    }

    @Test
    void receive_overTheUserLimit_tellsOnceAndProcessesNothing(Vertx vertx) throws Exception {
        AtomicInteger sends = new AtomicInteger();
        fixture = ChannelFixture.start(vertx, dir, c -> counting(c, sends), 2, 600);
        say("alice", "rent support?");
        say("alice", "rent support again?");

        ChannelTurn limited = say("alice", "and again");
        assertThat(limited.messages())
                .singleElement()
                .extracting(Message::text)
                .isEqualTo(ChannelTexts.rateLimited(Lang.EN));
        assertThat(say("alice", "still here?").messages()).isEmpty();
        assertThat(sends).hasValue(2);
        assertThat(say("bob", "hello").messages()).isNotEmpty();

        fixture.clock.advance(Duration.ofSeconds(31));
        assertThat(say("alice", "how is rent support paid?").messages().get(0).text())
                .contains("Rent subsidy");
        assertThat(sends).hasValue(4);
    }

    @Test
    void receive_overTheChannelLimit_refusesEveryUser(Vertx vertx) throws Exception {
        fixture = ChannelFixture.start(vertx, dir, c -> c, 20, 3);
        say("a", "hello");
        say("b", "hello");
        say("c", "hello");
        assertThat(say("d", "hello").messages())
                .singleElement()
                .extracting(Message::type)
                .isEqualTo(MessageType.NOTICE);
    }

    @Test
    void staffMessage_publishedOnTheBus_isPushedOnceButTurnRepliesAreNot(Vertx vertx) throws Exception {
        fixture = ChannelFixture.start(vertx, dir);
        LinkedBlockingQueue<Message> pushed = new LinkedBlockingQueue<>();
        fixture.gateway.register(recording("webhook", pushed));
        fixture.listen(List.of());
        say("alice", "hello");
        say("alice", "I want to deregister my company");
        assertThat(pushed.poll(300, TimeUnit.MILLISECONDS))
                .as("a turn's own replies are not pushed")
                .isNull();

        ChannelUser alice = await(fixture.store.find("webhook", "alice")).orElseThrow();
        Message staff = new Message(
                alice.sentSeq() + 1,
                Sender.STAFF,
                MessageType.TEXT,
                "Hello, this is Li from the tax office.",
                List.of(),
                List.of(new QuickReply("Thanks", "ack")),
                Instant.now(),
                null,
                null);
        fixture.events.message(alice.conversationId(), staff);
        fixture.events.message(alice.conversationId(), staff);

        Message out = pushed.poll(5, TimeUnit.SECONDS);
        assertThat(out).isNotNull();
        assertThat(out.text()).contains("Li from the tax office");
        assertThat(pushed.poll(300, TimeUnit.MILLISECONDS))
                .as("the same seq is pushed once")
                .isNull();
        ChannelUser after = await(fixture.store.find("webhook", "alice")).orElseThrow();
        assertThat(after.options()).extracting(QuickReply::action).containsExactly("ack");
        assertThat(after.sentSeq()).isEqualTo(staff.seq());
    }

    @Test
    void start_subscribesKnownChannelUsers(Vertx vertx) throws Exception {
        fixture = ChannelFixture.start(vertx, dir);
        say("alice", "hello");
        ChannelUser alice = await(fixture.store.find("webhook", "alice")).orElseThrow();
        fixture.close();

        fixture = ChannelFixture.start(vertx, dir);
        LinkedBlockingQueue<Message> pushed = new LinkedBlockingQueue<>();
        fixture.gateway.register(recording("webhook", pushed));
        fixture.listen(List.of());
        fixture.events.message(
                alice.conversationId(),
                new Message(
                        alice.sentSeq() + 1,
                        Sender.SYSTEM,
                        MessageType.STATUS,
                        "Your application OW-2026-000001 is approved.",
                        List.of(),
                        List.of(),
                        Instant.now(),
                        "s-1",
                        null));
        assertThat(pushed.poll(5, TimeUnit.SECONDS)).isNotNull();
    }

    static OutputChannel recording(String name, LinkedBlockingQueue<Message> into) {
        return new OutputChannel() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Future<Void> push(String userId, Lang locale, List<Message> messages) {
                into.addAll(messages);
                return Future.succeededFuture();
            }
        };
    }

    private static ChannelConversations counting(ChannelConversations delegate, AtomicInteger sends) {
        return new ChannelConversations() {
            @Override
            public Future<OpenedConversation> open(String channel, Lang locale) {
                return delegate.open(channel, locale);
            }

            @Override
            public Future<TurnReply> send(String id, String token, InboundMessage message, String clientMessageId) {
                sends.incrementAndGet();
                return delegate.send(id, token, message, clientMessageId);
            }

            @Override
            public Future<List<Message>> messagesAfter(String id, String token, long afterSeq) {
                return delegate.messagesAfter(id, token, afterSeq);
            }

            @Override
            public String eventsAddress(String conversationId) {
                return delegate.eventsAddress(conversationId);
            }

            @Override
            public Future<TurnReply> sendFile(
                    String conversationId,
                    String token,
                    String fileName,
                    io.vertx.core.buffer.Buffer content,
                    String clientMessageId) {
                sends.incrementAndGet();
                return delegate.sendFile(conversationId, token, fileName, content, clientMessageId);
            }

            @Override
            public java.util.Optional<Message> messageOf(Object event) {
                return delegate.messageOf(event);
            }
        };
    }
}
