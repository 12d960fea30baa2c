/**
 * Knowledge retrieval as the rest of OneWindow sees it: the {@link org.onewindow.knowledge.KnowledgeBase}
 * interface, its values ({@link org.onewindow.knowledge.Passage}, {@link org.onewindow.knowledge.SearchHit},
 * {@link org.onewindow.knowledge.KnowledgeAnswer}, …) and the pure {@link org.onewindow.knowledge.AnswerComposer}
 * that turns hits into an answer, a clarifying question or "I don't know".
 *
 * <p>May depend on the JDK and {@code org.onewindow.shared} only. Tika lives in {@code knowledge.ingest},
 * Lucene in {@code knowledge.index}, the wiring of both in {@code knowledge.runtime}.
 */
package org.onewindow.knowledge;
