package org.onewindow.channel.wechat;

/**
 * A message WeChat pushes: {@code toUser} is the account, {@code fromUser} the sender's OpenID;
 * {@code content} for text, {@code event} for events (subscribe, …), {@code recognition} for
 * voice with speech recognition, {@code mediaId} for an image (fetched through the temporary
 * media API). Absent elements are null.
 */
public record WeChatMessage(
        String toUser,
        String fromUser,
        long createTime,
        String msgType,
        String content,
        String msgId,
        String event,
        String recognition,
        String mediaId) {

    /** The key WeChat's retries share: the MsgId, or sender and time for events (which have none). */
    public String dedupKey() {
        return msgId != null && !msgId.isBlank() ? msgId : fromUser + "@" + createTime;
    }

    @Override
    public String toString() {
        return "WeChatMessage[msgType=" + msgType + ", msgId=" + msgId + ", event=" + event + "]";
    }
}
