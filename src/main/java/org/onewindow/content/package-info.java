/**
 * The content check: every file of the knowledge base and the connectors directory validated
 * against its JSON Schema ({@code knowledge-base/schemas/}, packaged into the jar), against the
 * department registry ({@code knowledge-base/departments.yaml}) and against the loaders that will
 * read it, each problem reported as {@code file:line: problem}. Used by {@code onewindow check}
 * before an edit goes live and by the server's hot reload before it takes a change in.
 *
 * <p>May import the JDK, Jackson, the JSON Schema validator, {@code shared}, the loaders of
 * {@code process} and {@code policy} and the document reader of {@code knowledge.ingest} (front
 * matter); never Vert.x, the store or HTTP.
 */
package org.onewindow.content;
