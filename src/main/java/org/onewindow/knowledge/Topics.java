package org.onewindow.knowledge;

import java.util.Locale;

/**
 * What a document is about, read from its file name: {@code faq/deregistration.yaml},
 * {@code procedures/deregistration.zh.md} and the process {@code processes/deregistration.yaml} are
 * one topic, so a follow-up after the FAQ's fee can be answered from the procedure's departments.
 */
public final class Topics {

    private Topics() {}

    /** The topic of a source path: its file name without folders, language or extension. */
    public static String keyOf(String source) {
        String name = source.substring(source.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
