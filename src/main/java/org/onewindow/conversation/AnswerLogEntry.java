package org.onewindow.conversation;

/**
 * A knowledge answer as logged: the bot message ({@code seq}) that showed it, the question, the
 * outcome and the passages (JSON) with their documents' content hashes.
 */
public record AnswerLogEntry(
        long seq, String question, String lang, String outcome, double confidence, String passagesJson) {}
