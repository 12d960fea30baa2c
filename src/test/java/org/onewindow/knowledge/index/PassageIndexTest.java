package org.onewindow.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.knowledge.DocumentInfo;
import org.onewindow.knowledge.Passage;
import org.onewindow.knowledge.SearchHit;
import org.onewindow.shared.Lang;

/** The index on a ByteBuffersDirectory: queries, snippets, language preference, confidence. */
final class PassageIndexTest {

    private PassageIndex index;

    @BeforeEach
    void open() throws Exception {
        index = PassageIndex.inMemory(
                LangAnalyzers.withSynonyms(Map.of("cross.txt", "deregistration, 注销\n")),
                org.onewindow.knowledge.embed.BgeEmbedder.shared());
        put(
                "docs/dereg.md",
                Lang.EN,
                "Deregistration",
                "Fees",
                "Deregistration is free. There is no fee <script>x</script> at all.");
        put("docs/dereg.zh.md", Lang.ZH, "企业注销", "时限", "企业注销在5至10个工作日内办结。");
        put(
                "docs/rent.md",
                Lang.EN,
                "Rent subsidy",
                "Amount",
                "The rent subsidy covers half of the rent in the first year.");
        index.commitAndRefresh();
        index.embedMissing(10);
        index.commitAndRefresh();
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void repairSpelling_readsPinyinAndSameSoundCharactersAgainstTheIndexedWords() {
        assertThat(index.repairSpelling("企业zhuxiao要几天")).isEqualTo("企业注销要几天");
        assertThat(index.repairSpelling("企业注消要几天")).isEqualTo("企业注销要几天");
    }

    private void put(String path, Lang lang, String title, String section, String text) {
        String source = "knowledge-base/" + path;
        Passage p = new Passage(
                source + "#0",
                source,
                title,
                section,
                text,
                text,
                lang,
                "dept",
                LocalDate.of(2021, 11, 24),
                null,
                true,
                "hash-" + path,
                Passage.Kind.DOCUMENT);
        index.putFile(
                new DocumentInfo(
                        path,
                        source,
                        DocumentInfo.Status.INDEXED,
                        null,
                        1,
                        "hash-" + path,
                        lang,
                        title,
                        text.length(),
                        null),
                List.of(p));
    }

    @Test
    void search_snippet_highlightsMatchesAndEscapesTheRest() {
        SearchHit hit = index.search("deregistration fee", Lang.EN, 3, null).get(0);
        assertThat(hit.source()).isEqualTo("knowledge-base/docs/dereg.md");
        assertThat(hit.snippet())
                .contains("<em>Deregistration</em>")
                .contains("<em>fee</em>")
                .contains("&lt;script&gt;")
                .doesNotContain("<script>");
        assertThat(hit.matchedTerms()).contains("deregistration", "fee");
        assertThat(hit.contentHash()).isEqualTo("hash-docs/dereg.md");
        assertThat(hit.effective()).isEqualTo(LocalDate.of(2021, 11, 24));
    }

    @Test
    void search_prefersQuestionLanguage_andCrossSynonymsReachTheOther() {
        List<SearchHit> zh = index.search("注销", Lang.ZH, 3, null);
        assertThat(zh.get(0).lang()).isEqualTo(Lang.ZH);
        List<SearchHit> en = index.search("deregistration", Lang.EN, 3, null);
        assertThat(en.get(0).lang()).isEqualTo(Lang.EN);
        assertThat(en).extracting(SearchHit::lang).contains(Lang.ZH);
    }

    @Test
    void search_confidence_highWhenCoveredLowForUnknownWords() {
        assertThat(index.search("rent subsidy first year", Lang.EN, 1, null)
                        .get(0)
                        .confidence())
                .isGreaterThan(0.6);
        List<SearchHit> oos = index.search("rent a bicycle in paris", Lang.EN, 1, null);
        assertThat(oos.get(0).confidence()).isLessThan(0.3);
        assertThat(index.search("the of and", Lang.EN, 3, null)).isEmpty();
        assertThat(index.search("  ", Lang.EN, 3, null)).isEmpty();
    }

    @Test
    void search_typo_findsTheIntendedWord() {
        assertThat(index.search("subsidyy for rnet", Lang.EN, 1, null).get(0).source())
                .isEqualTo("knowledge-base/docs/rent.md");
    }

    @Test
    void replaceSynthetic_neverSeenHalfDone() throws Exception {
        List<Passage> batch = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            batch.add(new Passage(
                    "knowledge-base/processes/p.yaml#" + i,
                    "knowledge-base/processes/p.yaml",
                    "Process",
                    "Step " + i,
                    "zebra step " + i,
                    null,
                    Lang.EN,
                    "",
                    null,
                    null,
                    true,
                    "h",
                    Passage.Kind.SYNTHETIC));
        }
        index.replaceSynthetic(batch);
        index.commitAndRefresh();
        assertThat(index.count(IndexFields.ORIGIN_SYNTHETIC)).isEqualTo(50);
        Thread replacer = new Thread(() -> {
            for (int i = 0; i < 20; i++) {
                index.replaceSynthetic(batch);
            }
            index.commitAndRefresh();
        });
        replacer.start();
        while (replacer.isAlive()) {
            int n = index.count(IndexFields.ORIGIN_SYNTHETIC);
            assertThat(n).isEqualTo(50);
        }
        replacer.join();
        index.replaceSynthetic(List.of());
        index.commitAndRefresh();
        assertThat(index.search("zebra", Lang.EN, 3, null)).isEmpty();
    }

    @Test
    void storedDocuments_roundTripStatus() {
        assertThat(index.storedDocuments())
                .extracting(DocumentInfo::path)
                .containsExactlyInAnyOrder("docs/dereg.md", "docs/dereg.zh.md", "docs/rent.md");
        index.removeFile("knowledge-base/docs/rent.md");
        index.commitAndRefresh();
        assertThat(index.storedDocuments()).extracting(DocumentInfo::path).doesNotContain("docs/rent.md");
        assertThat(index.search("rent subsidy", Lang.EN, 3, null))
                .extracting(SearchHit::source)
                .doesNotContain("knowledge-base/docs/rent.md");
    }
}
