package org.onewindow.channel.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onewindow.shared.Citation;
import org.onewindow.shared.Lang;
import org.onewindow.shared.Message;
import org.onewindow.shared.MessageType;
import org.onewindow.shared.QuickReply;
import org.onewindow.shared.Sender;

final class PlainTextTest {

    @Test
    void strip_markdownAndHtml_leavesPlainText() {
        assertThat(PlainText.strip(
                        "## Fees\n**Free** of charge, see [the guide](https://x.example/g) <b>now</b> &amp; `here`"))
                .isEqualTo("Fees\nFree of charge, see the guide (https://x.example/g) now & here");
    }

    @Test
    void render_citationsAndOptions_sourceLineAndNumberedOptions() {
        Message m = new Message(
                3,
                Sender.BOT,
                MessageType.TEXT,
                "Up to 50 %.",
                List.of(
                        new Citation("Rent subsidy", "kb/rent.md", null, null),
                        new Citation("Rent subsidy", "kb/rent.md", "B", null)),
                List.of(new QuickReply("Apply", "process:start:x"), new QuickReply("Ask a person", "handoff")),
                Instant.now(),
                null,
                null);
        assertThat(PlainText.render(m, Lang.EN, true))
                .isEqualTo("Up to 50 %.\nSource: Rent subsidy\n\n1. Apply\n2. Ask a person");
        assertThat(PlainText.render(m, Lang.ZH, false)).isEqualTo("Up to 50 %.\n来源：Rent subsidy");
    }

    @Test
    void capBytes_chineseText_cutsAtACharacterWithinTheLimit() {
        String text = "企业".repeat(2000);
        String capped = PlainText.capBytes(text, 2048);
        assertThat(capped.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(2048);
        assertThat(capped).endsWith("…").startsWith("企业企业");
        assertThat(PlainText.capBytes("short", 2048)).isEqualTo("short");
    }

    @Test
    void capChars_surrogatePairAtTheEdge_isNotSplit() {
        String text = "a".repeat(4094) + "😀😀";
        String capped = PlainText.capChars(text, 4096);
        assertThat(capped.length()).isLessThanOrEqualTo(4096);
        assertThat(Character.isHighSurrogate(capped.charAt(capped.length() - 2)))
                .isFalse();
    }

    @Test
    void chosen_numbersInRange_pickTheOptionOthersDoNot() {
        List<QuickReply> options = List.of(new QuickReply("A", "a"), new QuickReply("B", "b"));
        assertThat(PlainText.chosen(" 2 ", options))
                .extracting(QuickReply::action)
                .isEqualTo("b");
        assertThat(PlainText.chosen("1.", options))
                .extracting(QuickReply::action)
                .isEqualTo("a");
        assertThat(PlainText.chosen("3", options)).isNull();
        assertThat(PlainText.chosen("0", options)).isNull();
        assertThat(PlainText.chosen("2 apples", options)).isNull();
        assertThat(PlainText.chosen("1", List.of())).isNull();
    }
}
