package org.onewindow.http;

import java.util.List;

/** Which web origins may embed the widget: {@code *} for any, else an exact list. */
record OriginPolicy(List<String> allowed) {
    OriginPolicy {
        allowed = List.copyOf(allowed);
    }

    boolean allowsAny() {
        return allowed.contains("*");
    }

    /** Requests without an Origin header (not from a browser) are allowed. */
    boolean allows(String origin) {
        return origin == null || allowsAny() || allowed.contains(origin);
    }
}
