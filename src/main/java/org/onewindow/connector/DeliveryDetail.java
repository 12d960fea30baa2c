package org.onewindow.connector;

import java.util.List;

/** A delivery with its attempts, oldest first. */
public record DeliveryDetail(DeliveryView delivery, List<AttemptView> attempts) {
    public DeliveryDetail {
        attempts = List.copyOf(attempts);
    }
}
