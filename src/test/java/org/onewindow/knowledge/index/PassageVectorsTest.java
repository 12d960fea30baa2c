package org.onewindow.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.knowledge.SearchHit;
import org.onewindow.knowledge.embed.BgeEmbedder;
import org.onewindow.knowledge.embed.Embedder;
import org.onewindow.shared.Lang;

/** Passage vectors: computed after the words are searchable, kept for unchanged passages, found by meaning. */
final class PassageVectorsTest {

    /** Counts the passages embedded, around the real model. */
    private static final class Counting implements Embedder {
        final List<String> embedded = new ArrayList<>();

        @Override
        public int dimension(Lang lang) {
            return BgeEmbedder.shared().dimension(lang);
        }

        @Override
        public String model(Lang lang) {
            return BgeEmbedder.shared().model(lang);
        }

        @Override
        public float[] passage(Lang lang, String text) {
            embedded.add(text);
            return BgeEmbedder.shared().passage(lang, text);
        }

        @Override
        public float[] query(Lang lang, String question) {
            return BgeEmbedder.shared().query(lang, question);
        }
    }

    private final Counting embedder = new Counting();
    private PassageIndex index;

    @BeforeEach
    void open() throws Exception {
        index = PassageIndex.inMemory(LangAnalyzers.withSynonyms(Map.of()), embedder);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private void putFile(String path, Lang lang, String... sections) {
        TestFiles.put(index, path, lang, sections);
    }

    private int embedAll() {
        int total = 0;
        int done;
        while ((done = index.embedMissing(16)) > 0) {
            total += done;
            index.commitAndRefresh();
        }
        return total;
    }

    @Test
    void newPassages_areSearchableByWordsAtOnce_andWaitForTheirVectors() {
        putFile("docs/parking.md", Lang.EN, "Visitors park in lot B next to the east gate.");
        assertThat(index.vectorProgress()).isEqualTo(new PassageIndex.VectorProgress(1, 1));
        assertThat(index.search("parking lot", Lang.EN, 3, null)).hasSize(1);
        assertThat(embedAll()).isEqualTo(1);
        assertThat(index.vectorProgress().waiting()).isZero();
    }

    @Test
    void aChangedDocument_isReEmbeddedOnlyWhereItsPassagesChanged() {
        putFile("docs/canteen.md", Lang.EN, "The canteen opens at 7:00.", "Lunch costs 12 yuan.");
        putFile("docs/library.md", Lang.EN, "The library lends books for a month.");
        assertThat(embedAll()).isEqualTo(3);
        embedder.embedded.clear();

        putFile("docs/canteen.md", Lang.EN, "The canteen opens at 7:00.", "Lunch costs 15 yuan.");
        assertThat(index.vectorProgress().waiting()).isEqualTo(1);
        assertThat(embedAll()).isEqualTo(1);
        assertThat(embedder.embedded).singleElement().asString().contains("15 yuan");
    }

    @Test
    void aQuestionSharingNoWordWithThePassage_findsItByMeaning() {
        putFile("docs/dereg.zh.md", Lang.ZH, "企业注销在5至10个工作日内办结。", "园区食堂每天早上七点开门。");
        embedAll();
        List<SearchHit> hits = index.search("关掉公司要多久", Lang.ZH, 3, null);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).text()).contains("注销");
    }
}
