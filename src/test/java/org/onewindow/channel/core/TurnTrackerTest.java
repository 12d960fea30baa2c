package org.onewindow.channel.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onewindow.shared.Message;
import org.onewindow.shared.MessageType;
import org.onewindow.shared.Sender;

final class TurnTrackerTest {

    private static final Instant T1 = Instant.parse("2026-11-27T08:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-27T08:05:00Z");
    private static final Instant T3 = Instant.parse("2026-11-27T09:00:00Z");

    private static Message message(long seq, Sender from, Instant at) {
        return new Message(seq, from, MessageType.TEXT, "m" + seq, List.of(), List.of(), at, null, null);
    }

    private static List<Long> pushes(List<Message> history) {
        TurnTracker turns = new TurnTracker();
        return history.stream().filter(turns::isPush).map(Message::seq).toList();
    }

    @Test
    void isPush_turnRepliesAndUserMessages_areNotPushesButLaterMessagesAre() {
        assertThat(pushes(List.of(
                        message(3, Sender.USER, T1),
                        message(4, Sender.BOT, T1),
                        message(5, Sender.SYSTEM, T1),
                        message(6, Sender.STAFF, T2),
                        message(7, Sender.SYSTEM, T3),
                        message(8, Sender.USER, T3),
                        message(9, Sender.BOT, T3))))
                .containsExactly(6L, 7L);
    }

    @Test
    void isPush_systemTurnWithoutUserMessage_isAllPushes() {
        assertThat(pushes(List.of(
                        message(1, Sender.BOT, T1), message(2, Sender.STAFF, T2), message(3, Sender.STAFF, T2))))
                .containsExactly(1L, 2L, 3L);
    }

    @Test
    void isPush_sameTimestampAfterAGap_isAPush() {
        assertThat(pushes(List.of(message(3, Sender.USER, T1), message(5, Sender.STAFF, T1))))
                .containsExactly(5L);
    }
}
