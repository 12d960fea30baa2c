package org.onewindow.channel.core;

import java.time.Instant;
import java.util.List;
import org.onewindow.knowledge.DocumentInfo;
import org.onewindow.knowledge.KnowledgeAnswer;
import org.onewindow.knowledge.KnowledgeBase;
import org.onewindow.knowledge.KnowledgeCitation;
import org.onewindow.knowledge.KnowledgeHealth;
import org.onewindow.knowledge.SearchHit;
import org.onewindow.knowledge.SyntheticDocument;
import org.onewindow.shared.Lang;

/** A knowledge base that knows one Markdown answer (about the rent subsidy): no index, no parser JVMs. */
public class StubKnowledge implements KnowledgeBase {

    public static final String ANSWER =
            "**Rent subsidy**: see [the policy](https://park.example/rent) — up to 50 % of the rent.";

    @Override
    public List<SearchHit> search(String query, Lang lang, int limit) {
        return List.of();
    }

    @Override
    public KnowledgeAnswer answer(String question, Lang lang, org.onewindow.knowledge.LastAnswer last) {
        if (question.toLowerCase(java.util.Locale.ROOT).contains("rent")) {
            return new KnowledgeAnswer(
                    KnowledgeAnswer.Kind.ANSWER,
                    ANSWER,
                    List.of(new KnowledgeCitation(
                            "Rent subsidy policy",
                            "knowledge-base/policies/rent-subsidy.md",
                            "Amount",
                            null,
                            null,
                            false)),
                    List.of(),
                    "rent-subsidy",
                    List.of(),
                    0.9);
        }
        return new KnowledgeAnswer(
                KnowledgeAnswer.Kind.UNKNOWN, "I don't know that yet.", List.of(), List.of(), null, List.of(), 0);
    }

    @Override
    public void replaceSyntheticDocuments(List<SyntheticDocument> docs) {}

    @Override
    public DocumentInfo putDocument(String relativePath, byte[] content) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean deleteDocument(String relativePath) {
        return false;
    }

    @Override
    public List<DocumentInfo> documents() {
        return List.of();
    }

    @Override
    public KnowledgeHealth health() {
        return new KnowledgeHealth(true, 0, 0, 0, 0, List.of(), 0, Instant.now(), 0);
    }

    @Override
    public void close() {}
}
