package org.onewindow.dialogue;

import java.util.List;
import org.onewindow.knowledge.DocumentInfo;
import org.onewindow.knowledge.KnowledgeAnswer;
import org.onewindow.knowledge.KnowledgeBase;
import org.onewindow.knowledge.KnowledgeHealth;
import org.onewindow.knowledge.SearchHit;
import org.onewindow.knowledge.SyntheticDocument;
import org.onewindow.shared.Lang;

/**
 * A view of the knowledge base for deciding a turn on an event loop: answers what is cached and
 * stops the decision with {@link SearchNeeded} where a search (blocking) would be needed.
 */
final class CachedAnswersOnly implements KnowledgeBase {

    /** The decision needs a search: decide again on a worker thread. */
    static final class SearchNeeded extends RuntimeException {
        private static final SearchNeeded INSTANCE = new SearchNeeded();

        private SearchNeeded() {
            super("the knowledge base must be searched", null, false, false);
        }
    }

    private final KnowledgeBase knowledge;

    CachedAnswersOnly(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public KnowledgeAnswer answer(String question, Lang lang, String previousTopic) {
        return knowledge.cachedAnswer(question, lang, previousTopic).orElseThrow(() -> SearchNeeded.INSTANCE);
    }

    @Override
    public List<SearchHit> search(String query, Lang lang, int limit) {
        throw SearchNeeded.INSTANCE;
    }

    @Override
    public void replaceSyntheticDocuments(List<SyntheticDocument> docs) {
        throw new UnsupportedOperationException("a view for deciding turns");
    }

    @Override
    public DocumentInfo putDocument(String relativePath, byte[] content) {
        throw new UnsupportedOperationException("a view for deciding turns");
    }

    @Override
    public boolean deleteDocument(String relativePath) {
        throw new UnsupportedOperationException("a view for deciding turns");
    }

    @Override
    public List<DocumentInfo> documents() {
        throw new UnsupportedOperationException("a view for deciding turns");
    }

    @Override
    public KnowledgeHealth health() {
        return knowledge.health();
    }

    @Override
    public void close() {
    }
}
