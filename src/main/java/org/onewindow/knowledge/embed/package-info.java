/**
 * Sentence embeddings for the hybrid search: one model per language, loaded once per JVM from the
 * jars that ship its weights, run on worker threads only.
 */
package org.onewindow.knowledge.embed;
