/**
 * Insight for the staff console: the supervisor dashboard's figures ({@link org.onewindow.insight.DashboardSummary},
 * read through a {@link org.onewindow.insight.DashboardStore}) and staff error correction — a wrong bot answer
 * becomes a draft FAQ entry ({@link org.onewindow.insight.FaqDraft}, kept by a {@link org.onewindow.insight.FeedbackStore})
 * that an admin approves into the knowledge base ({@link org.onewindow.insight.FaqCorrections}).
 * May import the JDK, {@code io.vertx.core} (futures), Jackson (YAML writing) and {@code shared}; never the store.
 */
package org.onewindow.insight;
