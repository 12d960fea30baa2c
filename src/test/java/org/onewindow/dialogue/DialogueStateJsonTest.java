package org.onewindow.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.onewindow.codec.Json;
import org.onewindow.shared.HandoffInfo;
import org.onewindow.shared.Lang;
import org.onewindow.shared.Mode;

/** Conversation state is stored as JSON: what an earlier version wrote must still load, and read the same. */
final class DialogueStateJsonTest {

    /** Written by the version whose {@code HandoffInfo} was {@code org.onewindow.dialogue.HandoffInfo}. */
    private static final String STORED_WITH_HANDOFF = "{\"mode\":\"handoff\",\"locale\":\"zh\",\"lastTopic\":null,"
            + "\"unansweredStreak\":0,\"process\":null,\"submissions\":[],\"offered\":[],\"handoff\":{\"id\":\"h-1\","
            + "\"status\":\"queued\",\"department\":\"tax\",\"agent\":null,\"reason\":\"wants a person\","
            + "\"requestedAt\":\"2025-03-04T05:06:07Z\",\"callBack\":\"13800138000\",\"askingCallBack\":true,\"queued\":true},"
            + "\"eligibility\":null,\"facts\":{},\"edit\":null,\"requestedCorrections\":{},\"lastQuestion\":null}";

    private static final DialogueState WITH_HANDOFF = DialogueState.initial(Lang.ZH)
            .withHandoff(HandoffInfo.queued("h-1", "tax", "wants a person", Instant.parse("2025-03-04T05:06:07Z"))
                    .withCallBack("13800138000")
                    .askingCallBack(true));

    @Test
    void read_stateStoredBeforeHandoffInfoMovedToShared_loadsTheSameHandoff() {
        DialogueState loaded = Json.read(STORED_WITH_HANDOFF, DialogueState.class);

        assertThat(loaded).isEqualTo(WITH_HANDOFF);
        assertThat(loaded.mode()).isEqualTo(Mode.HANDOFF);
        assertThat(loaded.handoff().callBack()).isEqualTo("13800138000");
    }

    @Test
    void write_stateWithHandoff_keepsTheStoredJsonShape() {
        assertThat(Json.write(WITH_HANDOFF)).isEqualTo(STORED_WITH_HANDOFF);
    }
}
