package org.onewindow.channel.webhook;

import java.net.URI;
import org.onewindow.signing.WebhookSigner;

/**
 * The webhook channel's signing secret ({@code whsec_<base64>}, used for inbound and outbound
 * messages) and the URL replies and pushes are posted to (null: replies only in the response).
 */
public record WebhookChannelConfig(String secret, String callbackUrl) {

    public WebhookChannelConfig {
        WebhookSigner.fromSecret(secret);
        if (callbackUrl != null && callbackUrl.isBlank()) {
            callbackUrl = null;
        }
        if (callbackUrl != null) {
            URI uri = URI.create(callbackUrl);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new IllegalArgumentException("webhook-channel-callback-url must be an http(s) URL");
            }
        }
    }

    public WebhookSigner signer() {
        return WebhookSigner.fromSecret(secret);
    }

    @Override
    public String toString() {
        return "WebhookChannelConfig[callbackUrl=" + callbackUrl + "]";
    }
}
