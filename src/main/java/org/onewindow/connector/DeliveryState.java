package org.onewindow.connector;

import java.util.Locale;

/**
 * Where one outbox row stands: {@code pending} (waiting, retrying or in flight), {@code delivered},
 * {@code failed} (refused for good by the receiver, e.g. a 4xx), {@code dead} (dead-lettered
 * after the maximum attempts or age), {@code cancelled} (by staff).
 */
public enum DeliveryState {
    PENDING,
    DELIVERED,
    FAILED,
    DEAD,
    CANCELLED;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DeliveryState parseOrNull(String value) {
        for (DeliveryState s : values()) {
            if (s.toString().equals(value)) {
                return s;
            }
        }
        return null;
    }
}
