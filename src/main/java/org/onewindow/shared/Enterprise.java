package org.onewindow.shared;

/**
 * An enterprise as named in a conversation. {@code verified} only when the host portal signed
 * the identity; typed details are unverified and may only pre-fill that conversation's answers.
 */
public record Enterprise(String name, String uscc, boolean verified) {
    public static final Enterprise ANONYMOUS = new Enterprise(null, null, false);
}
