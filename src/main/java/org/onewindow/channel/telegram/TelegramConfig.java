package org.onewindow.channel.telegram;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Telegram bot: its token (for the API), the webhook's secret token (set with
 * {@code setWebhook(secret_token=…)}, sent back in {@code X-Telegram-Bot-Api-Secret-Token}) and the
 * API's base URL (https://api.telegram.org; a local stand-in in tests).
 */
public record TelegramConfig(String botToken, String secretToken, String apiBase) {

    public static final String DEFAULT_API_BASE = "https://api.telegram.org";
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    public TelegramConfig {
        Objects.requireNonNull(botToken, "botToken");
        if (botToken.isBlank()) {
            throw new IllegalArgumentException("telegram-bot-token must not be empty");
        }
        if (secretToken == null || !SECRET.matcher(secretToken).matches()) {
            throw new IllegalArgumentException(
                    "telegram-secret-token must be 1-256 characters of A-Z, a-z, 0-9, _ and -");
        }
        apiBase = apiBase == null || apiBase.isBlank()
                ? DEFAULT_API_BASE
                : apiBase.endsWith("/") ? apiBase.substring(0, apiBase.length() - 1) : apiBase;
    }

    @Override
    public String toString() {
        return "TelegramConfig[apiBase=" + apiBase + "]";
    }
}
