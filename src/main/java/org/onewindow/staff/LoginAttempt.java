package org.onewindow.staff;

import java.util.Locale;

/**
 * Who tries to log in, as far as throttling is concerned: the typed username and the client address. Failures are
 * counted under two keys, the address alone and the username from that address, never the username alone, so that
 * someone guessing elsewhere cannot lock the account's owner out.
 */
public record LoginAttempt(String username, String address) {

    public LoginAttempt {
        address = address == null || address.isBlank()
                ? "unknown"
                : address.trim().toLowerCase(Locale.ROOT);
    }

    String addressKey() {
        return "address " + address;
    }

    String accountKey() {
        return "account " + username + " from " + address;
    }
}
