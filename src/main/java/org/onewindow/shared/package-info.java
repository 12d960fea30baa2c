/**
 * Domain values shared by every package: messages, replies, citations, languages, modes; and
 * {@link org.onewindow.shared.WordLists}, which reads the word lists under {@code understanding/}
 * that messages are read with. Imports the JDK only.
 */
package org.onewindow.shared;
