package org.onewindow.conversation;

import org.onewindow.shared.Enterprise;
import org.onewindow.shared.Lang;

/** A request to open a conversation: channel ("web", "wechat", …), locale and the enterprise. */
public record NewConversation(String channel, Lang locale, Enterprise enterprise) {
    public NewConversation {
        if (channel == null || channel.isBlank()) {
            channel = "web";
        }
        if (locale == null) {
            locale = Lang.EN;
        }
        if (enterprise == null) {
            enterprise = Enterprise.ANONYMOUS;
        }
    }
}
