package org.onewindow.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.onewindow.shared.Lang;

class IndexVocabularyTest {

    @Test
    void readsChineseWordsWithTheirPassageCountsLatinWordsAndTheChineseFieldsCharacters() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            writer.addDocument(passage(Lang.ZH, "\u6ce8\u9500 \u516c\u53f8 license"));
            writer.addDocument(passage(Lang.ZH, "\u6ce8\u9500"));
            writer.addDocument(passage(Lang.EN, "deregistration \u5370\u7ae0"));
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexVocabulary words = IndexVocabulary.of(reader);

                assertThat(words.chineseWords())
                        .containsEntry("\u6ce8\u9500", 2)
                        .containsEntry("\u516c\u53f8", 1)
                        .containsEntry("\u5370\u7ae0", 1);
                assertThat(words.latinWords()).containsExactlyInAnyOrder("license", "deregistration");
                // Characters of the Chinese field only: 印章 stands in the English one.
                assertThat(words.hanCharacters()).containsExactlyInAnyOrder('\u6ce8', '\u9500', '\u516c', '\u53f8');
                assertThat(IndexVocabulary.of(reader)).isSameAs(words);
            }
        }
    }

    private static Document passage(Lang lang, String body) {
        Document d = new Document();
        d.add(new TextField(IndexFields.body(lang), body, Field.Store.NO));
        return d;
    }
}
