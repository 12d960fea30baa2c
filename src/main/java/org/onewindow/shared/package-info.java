/**
 * Domain values shared by every package: messages, replies, citations, languages, modes.
 * Imports the JDK only.
 */
package org.onewindow.shared;
