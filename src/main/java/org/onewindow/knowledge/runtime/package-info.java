/**
 * Wiring of the knowledge base: {@link org.onewindow.knowledge.runtime.LuceneKnowledgeBase} keeps the
 * index in step with the knowledge-base directory (start-up sync by content hash, file watching with a
 * debounce, admin uploads), using {@code knowledge.ingest} to read files and {@code knowledge.index} to
 * index and search them.
 *
 * <p>May depend on {@code knowledge}, {@code knowledge.ingest}, {@code knowledge.index}, {@code shared};
 * names no Tika or Lucene type itself.
 */
package org.onewindow.knowledge.runtime;
