/**
 * Sentence embeddings for the hybrid search: one model per language, loaded once per JVM from the
 * jars that ship its weights, run on worker threads only. Imports LangChain4j, Caffeine and
 * {@code shared}; {@code knowledge.index}, {@code understanding} and {@code dialogue} use its
 * {@code Embedder}.
 */
package org.onewindow.knowledge.embed;
