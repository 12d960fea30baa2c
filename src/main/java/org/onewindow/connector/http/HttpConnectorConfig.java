package org.onewindow.connector.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.onewindow.connector.Settings;

/**
 * The {@code http:} section: {@code url} (http or https), extra {@code headers} (constants), and
 * {@code headers-env} (header → name of the environment variable holding its value, for
 * credentials such as {@code Authorization}), {@code verify-host} (default true),
 * {@code max-connections} (default 16).
 */
public record HttpConnectorConfig(URI url, Map<String, String> headers, boolean verifyHost, int maxConnections) {

    public HttpConnectorConfig {
        headers = Map.copyOf(headers);
    }

    public boolean tls() {
        return "https".equals(url.getScheme());
    }

    public static HttpConnectorConfig from(Settings http) {
        String raw = http.string("url");
        URI url;
        try {
            url = new URI(raw);
        } catch (URISyntaxException e) {
            throw http.error("url", "is not a valid URL: " + e.getMessage());
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw http.error("url", "must be an absolute http:// or https:// URL, was \"" + raw + "\"");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        Settings constant = http.section("headers");
        for (String name : constant.json().fieldNames()) {
            headers.put(name, constant.string(name));
        }
        Settings fromEnv = http.section("headers-env");
        for (String name : fromEnv.json().fieldNames()) {
            headers.put(name, fromEnv.fromEnv(name));
        }
        return new HttpConnectorConfig(
                url, headers, http.bool("verify-host", true), http.integer("max-connections", 16, 1, 1_000));
    }
}
