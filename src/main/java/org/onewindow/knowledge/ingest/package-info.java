/**
 * Reading the knowledge base: Tika parsing in a pool of long-lived forked parser JVMs
 * ({@link org.onewindow.knowledge.ingest.ForkedParserPool} driving
 * {@link org.onewindow.knowledge.ingest.ParserWorkerMain}), front matter, FAQ files, chunking into
 * {@link org.onewindow.knowledge.Passage}s and the file watcher.
 *
 * <p>May depend on Tika, Jackson (YAML front matter and FAQ files), {@code knowledge} and {@code shared};
 * never on Lucene.
 */
package org.onewindow.knowledge.ingest;
