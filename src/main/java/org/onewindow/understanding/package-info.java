/**
 * The first half of a turn: the interpretation of a message in its situation (the activity under
 * way, the form's step and answers) into a small typed {@link org.onewindow.understanding.Act} —
 * values for fields, corrections, a question to look up, a command, a request to start something,
 * yes/no to what was asked — which the dialogue then decides on without reading the text again.
 * Pure and quick: no search, no store, no Vert.x.
 *
 * <p>May depend on the JDK, {@code shared}, the process definitions and the form kernel
 * ({@code process}, {@code form}), the incentive intent of {@code policy}, the question types of
 * {@code knowledge} and the {@code Embedder} of {@code knowledge.embed}; not the
 * {@code KnowledgeBase}, nor {@code knowledge.index}, {@code .ingest} or {@code .runtime}.
 */
package org.onewindow.understanding;
