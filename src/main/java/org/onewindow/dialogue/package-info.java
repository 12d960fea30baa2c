/**
 * The turn's decision as a pure function. Imports the JDK, {@code shared}, {@code form},
 * {@code process}, {@code policy}, {@code understanding}, the values of {@code knowledge} and the
 * {@code Embedder} of {@code knowledge.embed}; no Vert.x, no store, no {@code conversation}, and
 * not the {@code KnowledgeBase}: it neither searches nor stores.
 */
package org.onewindow.dialogue;
