/**
 * The message catalogues: every user-facing text by key and language, read from
 * {@code messages/<lang>.yaml}, with the small ICU-style formatter its messages are written in.
 * Served as JSON to the widget and the console. Imports the JDK, Jackson (loading only) and
 * {@code shared}; nothing else of the application, so every package may use it.
 */
package org.onewindow.i18n;
