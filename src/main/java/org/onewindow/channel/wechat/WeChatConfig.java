package org.onewindow.channel.wechat;

import java.time.Duration;
import java.util.Objects;

/**
 * A WeChat Official Account: the message-push {@code token} (signatures), the app id and secret
 * (access tokens of the API), the API's base URL (https://api.weixin.qq.com; a local stand-in in
 * tests), how long a turn may take before its reply goes through the customer-service API
 * instead of the passive reply (WeChat waits 5 s; 4 s leaves room) and the EncodingAESKey of the
 * encrypted mode (empty: plain mode only; set: encrypted messages too, which also needs the app id).
 */
public record WeChatConfig(
        String token, String appId, String appSecret, String apiBase, Duration passiveWindow, String encodingAesKey) {

    public static final String DEFAULT_API_BASE = "https://api.weixin.qq.com";
    public static final Duration DEFAULT_PASSIVE_WINDOW = Duration.ofSeconds(4);

    public WeChatConfig {
        Objects.requireNonNull(token, "token");
        if (token.isBlank()) {
            throw new IllegalArgumentException("wechat-token must not be empty");
        }
        appId = appId == null ? "" : appId;
        appSecret = appSecret == null ? "" : appSecret;
        apiBase = apiBase == null || apiBase.isBlank() ? DEFAULT_API_BASE : stripSlash(apiBase);
        passiveWindow = passiveWindow == null ? DEFAULT_PASSIVE_WINDOW : passiveWindow;
        if (passiveWindow.isNegative() || passiveWindow.compareTo(Duration.ofMillis(4500)) > 0) {
            throw new IllegalArgumentException("the passive reply window must be between 0 and 4.5 s");
        }
        encodingAesKey = encodingAesKey == null ? "" : encodingAesKey.trim();
        if (!encodingAesKey.isEmpty()) {
            WeChatCrypto.decodeKey(encodingAesKey);
            if (appId.isBlank()) {
                throw new IllegalArgumentException("wechat-app-id is needed with wechat-encoding-aes-key");
            }
        }
    }

    /** Plain mode only, as before the encrypted mode existed. */
    public WeChatConfig(String token, String appId, String appSecret, String apiBase, Duration passiveWindow) {
        this(token, appId, appSecret, apiBase, passiveWindow, "");
    }

    public static WeChatConfig of(String token, String appId, String appSecret, String apiBase, String encodingAesKey) {
        return new WeChatConfig(token, appId, appSecret, apiBase, DEFAULT_PASSIVE_WINDOW, encodingAesKey);
    }

    /** Whether encrypted messages are accepted (an EncodingAESKey is configured). */
    public boolean encrypted() {
        return !encodingAesKey.isEmpty();
    }

    /** Whether the customer-service API can be used (an app id and secret are configured). */
    public boolean hasApi() {
        return !appId.isBlank() && !appSecret.isBlank();
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public String toString() {
        return "WeChatConfig[appId=" + appId + ", apiBase=" + apiBase + ", passiveWindow=" + passiveWindow
                + ", encrypted=" + encrypted() + "]";
    }
}
