/**
 * Everything Lucene: {@link org.onewindow.knowledge.index.IndexFields} (the one owner of field names),
 * analyzers per language with synonyms ({@link org.onewindow.knowledge.index.LangAnalyzers}), the only
 * {@code IndexWriter} and the near-real-time {@code SearcherManager} refreshed from a background task
 * ({@link org.onewindow.knowledge.index.PassageIndex}), query building, confidence and mapping hits to
 * {@link org.onewindow.knowledge.SearchHit} ({@link org.onewindow.knowledge.index.PassageSearcher}).
 *
 * <p>May depend on Lucene, Caffeine, {@code knowledge}, {@code knowledge.embed} and {@code shared};
 * never on Tika.
 */
package org.onewindow.knowledge.index;
