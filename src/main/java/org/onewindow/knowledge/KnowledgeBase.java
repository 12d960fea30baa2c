package org.onewindow.knowledge;

import java.util.List;
import org.onewindow.shared.Lang;

/**
 * The park's searchable knowledge: documents and FAQ entries under {@code knowledge-base/}, plus the
 * synthetic documents (process definitions) the caller puts in.
 *
 * <p><b>Every method blocks</b> (Lucene I/O, forked Tika parsers, file system): call them from worker
 * threads ({@code executeBlocking}, a worker verticle or a virtual thread), never from an event loop.
 * Implementations are thread-safe. Searches never fail because of a reload in progress: the index is
 * swapped atomically.
 */
public interface KnowledgeBase extends AutoCloseable {

    /**
     * The passages best matching {@code query}, best first, at most {@code limit}. Passages in
     * {@code lang} are preferred; an empty or blank query gives an empty list.
     */
    List<SearchHit> search(String query, Lang lang, int limit);

    /**
     * Answers a question: {@link KnowledgeAnswer.Kind#ANSWER} with citations,
     * {@link KnowledgeAnswer.Kind#CLARIFY} with options when two candidates are equally likely, or
     * {@link KnowledgeAnswer.Kind#UNKNOWN} when confidence is below the calibrated threshold.
     *
     * @param last the previous answer in the same conversation, or null; used when the new question is
     *     short and has no topic of its own
     */
    KnowledgeAnswer answer(String question, Lang lang, LastAnswer last);

    /**
     * Other answers to {@code question} than the one about {@code shownTopic} (a {@link
     * KnowledgeAnswer#topic()}), as {@link KnowledgeAnswer.Kind#CLARIFY} options: what "not what I
     * asked" offers before a person. Blocking (it searches): on a worker thread.
     */
    default KnowledgeAnswer otherAnswers(String question, Lang lang, String shownTopic) {
        return AnswerComposer.others(search(question, lang, 8), shownTopic, lang);
    }

    /**
     * The answer {@link #answer} would give when it is at hand without searching (the same question
     * answered before, nothing changed since); empty otherwise. Never blocks: callers on an event
     * loop ask this first and search on a worker thread only when it is empty.
     */
    default java.util.Optional<KnowledgeAnswer> cachedAnswer(String question, Lang lang, LastAnswer last) {
        return java.util.Optional.empty();
    }

    /**
     * Replaces all synthetic documents (e.g. process definitions) at once: after this returns, searches
     * see exactly {@code docs} and none of the previous ones.
     */
    void replaceSyntheticDocuments(List<SyntheticDocument> docs);

    /**
     * Stores a document (admin upload) under the knowledge-base directory and indexes it. Visible to
     * searches when this returns.
     *
     * @param relativePath a path relative to the knowledge-base directory, e.g. {@code policies/rent.md}
     * @throws IllegalArgumentException if the path is absolute, escapes the directory, names a
     *     configuration folder or the content exceeds the size limit
     * @return the document's status; a file that could not be parsed is stored and reported FAILED
     */
    DocumentInfo putDocument(String relativePath, byte[] content);

    /**
     * Deletes a document from the knowledge base and the index.
     *
     * @return false when there was no such document
     * @throws IllegalArgumentException for an unsafe path
     */
    boolean deleteDocument(String relativePath);

    /** Every document file known to the knowledge base with its status, sorted by source. */
    List<DocumentInfo> documents();

    /** Whether searches work, how many documents are indexed and which failed. */
    KnowledgeHealth health();

    /** Stops the watcher and the parser processes and closes the index. */
    @Override
    void close();
}
