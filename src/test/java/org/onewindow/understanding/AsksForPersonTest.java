package org.onewindow.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class AsksForPersonTest {

    @Test
    void asksForPerson_commonPhrasingsInBothLanguages_areRecognised() {
        for (String text : new String[] {
            "I want to talk to a human",
            "can I speak to someone?",
            "talk to a person",
            "connect me with staff please",
            "转人工",
            "我要找人工客服",
            "能不能转人工",
            "我想和真人聊"
        }) {
            assertThat(Interpreter.asksForPerson(text)).as(text).isTrue();
        }
    }

    @Test
    void asksForPerson_questionsThatMerelyMentionPeople_areNot() {
        for (String text : new String[] {
            "How long does deregistration take?", "who signs the application form", "注销需要多少天", "申请营业执照要什么材料"
        }) {
            assertThat(Interpreter.asksForPerson(text)).as(text).isFalse();
        }
    }
}
