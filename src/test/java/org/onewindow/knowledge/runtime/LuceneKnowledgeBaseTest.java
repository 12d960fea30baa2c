package org.onewindow.knowledge.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.knowledge.AnswerPolicy;
import org.onewindow.knowledge.DocumentInfo;
import org.onewindow.knowledge.KnowledgeAnswer;
import org.onewindow.knowledge.SearchHit;
import org.onewindow.knowledge.SyntheticDocument;
import org.onewindow.shared.Lang;
import org.onewindow.testing.IntegrationTest;

@IntegrationTest
final class LuceneKnowledgeBaseTest {

    @TempDir
    static Path tmp;

    static Path kbDir;
    static LuceneKnowledgeBase kb;

    @BeforeAll
    static void open() throws Exception {
        kbDir = Fixtures.copyKnowledgeBase(tmp);
        kb = LuceneKnowledgeBase.open(Fixtures.config(kbDir, tmp, false), AnswerPolicy.defaults(), Clock.systemUTC());
    }

    @AfterAll
    static void close() {
        kb.close();
    }

    @Test
    void open_fixture_indexesDocumentsAndSkipsConfigurationFolders() {
        List<DocumentInfo> docs = kb.documents();
        assertThat(docs)
                .extracting(DocumentInfo::path)
                .containsExactly(
                        "faq/deregistration.yaml",
                        "guides/construction-permit.html",
                        "guides/tax-registration.txt",
                        "policies/rent-subsidy-2019.md",
                        "policies/rent-subsidy.md",
                        "policies/water-permit-zh.md");
        assertThat(docs)
                .allSatisfy(d ->
                        assertThat(d.status()).as(d.path() + " " + d.reason()).isEqualTo(DocumentInfo.Status.INDEXED));
        assertThat(kb.health().usable()).isTrue();
    }

    @Test
    void search_englishQuestion_findsFaqWithHighlightedSnippet() {
        List<SearchHit> hits = kb.search("how long does deregistration take", Lang.EN, 5);
        assertThat(hits).isNotEmpty();
        SearchHit top = hits.get(0);
        assertThat(top.source()).isEqualTo("knowledge-base/faq/deregistration.yaml");
        assertThat(top.passageId()).isEqualTo("knowledge-base/faq/deregistration.yaml#dereg-time-en");
        assertThat(top.snippet()).contains("<em>");
        assertThat(top.contentHash()).hasSize(64);
    }

    @Test
    void search_markdownSection_keepsHeadingPath() {
        SearchHit top =
                kb.search("maximum rent subsidy amount per year", Lang.EN, 3).get(0);
        assertThat(top.source()).isEqualTo("knowledge-base/policies/rent-subsidy.md");
        assertThat(top.section()).isEqualTo("Amount");
        assertThat(top.title()).isEqualTo("Rent subsidy for start-ups");
        assertThat(top.effective()).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void search_htmlHeadings_becomeSections() {
        SearchHit top = kb.search("construction permit documents", Lang.EN, 3).get(0);
        assertThat(top.source()).isEqualTo("knowledge-base/guides/construction-permit.html");
        assertThat(top.section()).isEqualTo("Documents");
    }

    @Test
    void answer_chineseQuestion_answersFromChineseFaq() {
        KnowledgeAnswer a = kb.answer("注销公司需要多长时间？", Lang.ZH, null);
        assertThat(a.kind()).isEqualTo(KnowledgeAnswer.Kind.ANSWER);
        assertThat(a.text()).contains("5至10个工作日");
        assertThat(a.citations().get(0).source()).isEqualTo("knowledge-base/faq/deregistration.yaml");
        assertThat(a.usedPassages())
                .extracting(u -> u.passageId())
                .containsExactly("knowledge-base/faq/deregistration.yaml#dereg-time-zh");
    }

    @Test
    void answer_synonym_findsDeregistration() {
        KnowledgeAnswer a = kb.answer("how many days to dissolve a company", Lang.EN, null);
        assertThat(a.kind()).isEqualTo(KnowledgeAnswer.Kind.ANSWER);
        assertThat(a.citations().get(0).source()).isEqualTo("knowledge-base/faq/deregistration.yaml");
    }

    @Test
    void answer_outOfScope_isUnknown() {
        assertThat(kb.answer("who won the football world cup in 2018", Lang.EN, null)
                        .kind())
                .isEqualTo(KnowledgeAnswer.Kind.UNKNOWN);
        assertThat(kb.answer("今天北京天气怎么样", Lang.ZH, null).kind()).isEqualTo(KnowledgeAnswer.Kind.UNKNOWN);
    }

    @Test
    void answer_followUp_usesPreviousTopic() {
        KnowledgeAnswer first = kb.answer("How long does company deregistration take?", Lang.EN, null);
        assertThat(first.topic()).isNotBlank();
        KnowledgeAnswer next = kb.answer(
                "and how much does it cost?",
                Lang.EN,
                org.onewindow.knowledge.LastAnswer.of(first.topic(), "How long does company deregistration take?"));
        assertThat(next.kind()).isEqualTo(KnowledgeAnswer.Kind.ANSWER);
        assertThat(next.usedPassages().get(0).passageId()).endsWith("#dereg-fee-en");
    }

    @Test
    void answer_supersededOnly_citedAsHistory() {
        KnowledgeAnswer a = kb.answer("rent subsidy for greenhouse farming enterprises", Lang.EN, null);
        assertThat(a.kind()).isEqualTo(KnowledgeAnswer.Kind.ANSWER);
        if (a.citations().get(0).source().endsWith("rent-subsidy-2019.md")) {
            assertThat(a.citations().get(0).historical()).isTrue();
            assertThat(a.text()).startsWith("Note: this is no longer the current rule");
        }
    }

    @Test
    void putDocument_traversal_rejected() {
        byte[] b = "x".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> kb.putDocument("../evil.md", b)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> kb.putDocument("/etc/passwd", b)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> kb.putDocument("policies/../../evil.md", b))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> kb.putDocument("synonyms/en.txt", b)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> kb.deleteDocument("../x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void putDocument_thenDelete_visibleThenGone() {
        DocumentInfo info = kb.putDocument(
                "uploads/parking.md",
                "---\ntitle: Parking\nlang: en\n---\n# Parking\n\nVisitor parking at the park's east gate is free for two hours.\n"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(info.status()).isEqualTo(DocumentInfo.Status.INDEXED);
        assertThat(kb.search("visitor parking east gate", Lang.EN, 3))
                .extracting(SearchHit::source)
                .contains("knowledge-base/uploads/parking.md");
        assertThat(kb.deleteDocument("uploads/parking.md")).isTrue();
        assertThat(kb.search("visitor parking east gate", Lang.EN, 3))
                .extracting(SearchHit::source)
                .doesNotContain("knowledge-base/uploads/parking.md");
        assertThat(kb.deleteDocument("uploads/parking.md")).isFalse();
    }

    @Test
    void answer_askedAgainAfterTheDocumentChanged_answersFromTheNewVersionNotTheCache() {
        String question = "how many hours is visitor parking free at the bicycle garage";
        kb.putDocument(
                "uploads/garage.md",
                ("---\ntitle: Bicycle garage\nlang: en\n---\n# Bicycle garage\n\n"
                                + "Visitor parking at the bicycle garage is free for two hours.\n")
                        .getBytes(StandardCharsets.UTF_8));
        try {
            // The new passage's vector lands in the background and starts a new index generation (a new
            // cache key): asked before and after it, the two answers would differ in their confidence.
            kb.awaitVectors(java.time.Duration.ofSeconds(60));
            KnowledgeAnswer before = kb.answer(question, Lang.EN, null);
            assertThat(kb.answer(question, Lang.EN, null)).isSameAs(before);
            assertThat(before.text()).contains("two hours");

            kb.putDocument(
                    "uploads/garage.md",
                    ("---\ntitle: Bicycle garage\nlang: en\n---\n# Bicycle garage\n\n"
                                    + "Visitor parking at the bicycle garage is free for three hours.\n")
                            .getBytes(StandardCharsets.UTF_8));
            KnowledgeAnswer after = kb.answer(question, Lang.EN, null);
            assertThat(after.text()).contains("three hours").doesNotContain("two hours");
            assertThat(after.usedPassages().get(0).contentHash())
                    .isNotEqualTo(before.usedPassages().get(0).contentHash());
        } finally {
            kb.deleteDocument("uploads/garage.md");
        }
        assertThat(kb.answer(question, Lang.EN, null).citations())
                .extracting(c -> c.source())
                .doesNotContain("knowledge-base/uploads/garage.md");
    }

    @Test
    void answer_fromADocumentMarkedUnverified_carriesTheWarningAndAnUnverifiedCitation() {
        kb.putDocument(
                "uploads/canteen.md",
                ("---\ntitle: Canteen card\nlang: en\nverified: false\n---\n# Canteen card\n\n"
                                + "The canteen card for park employees is issued at the east service desk.\n")
                        .getBytes(StandardCharsets.UTF_8));
        try {
            KnowledgeAnswer a = kb.answer("where is the canteen card for employees issued", Lang.EN, null);
            assertThat(a.kind()).isEqualTo(KnowledgeAnswer.Kind.ANSWER);
            assertThat(a.text()).contains("east service desk").contains("Not yet verified");
            assertThat(a.citations())
                    .singleElement()
                    .satisfies(c -> assertThat(c.verified()).isFalse());
        } finally {
            kb.deleteDocument("uploads/canteen.md");
        }
    }

    @Test
    void replaceSyntheticDocuments_replacesAllAtOnce() {
        kb.replaceSyntheticDocuments(List.of(new SyntheticDocument(
                "knowledge-base/processes/book-agent.yaml",
                "Book an agent",
                Lang.EN,
                "Service Centre",
                null,
                List.of(new SyntheticDocument.Section(
                        "Steps", "An assistant agent visits your enterprise door to door.")))));
        assertThat(kb.search("assistant agent door to door", Lang.EN, 3).get(0).source())
                .isEqualTo("knowledge-base/processes/book-agent.yaml");
        kb.replaceSyntheticDocuments(List.of());
        assertThat(kb.search("assistant agent door to door", Lang.EN, 3))
                .extracting(SearchHit::source)
                .doesNotContain("knowledge-base/processes/book-agent.yaml");
        assertThat(kb.health().syntheticDocuments()).isZero();
    }

    @Test
    void replaceSyntheticDocuments_keepsBothLanguagesOfOneSourceOnceTheirVectorsAreComputed() {
        String source = "knowledge-base/incentives/rd-super-deduction.yaml";
        kb.replaceSyntheticDocuments(List.of(
                new SyntheticDocument(
                        source,
                        "R&D super deduction",
                        Lang.EN,
                        "",
                        null,
                        List.of(new SyntheticDocument.Section(
                                "What it gives", "A further hundred percent of research costs is deducted."))),
                new SyntheticDocument(
                        source,
                        "研发费用加计扣除",
                        Lang.ZH,
                        "",
                        null,
                        List.of(new SyntheticDocument.Section("优惠内容", "研发费用再按实际发生额的百分之百在税前扣除。")))));
        kb.awaitVectors(java.time.Duration.ofMinutes(1));

        assertThat(kb.search("research costs deducted hundred percent", Lang.EN, 3))
                .extracting(SearchHit::source, SearchHit::lang)
                .contains(org.assertj.core.groups.Tuple.tuple(source, Lang.EN));
        assertThat(kb.search("研发费用 税前扣除", Lang.ZH, 3))
                .extracting(SearchHit::source, SearchHit::lang)
                .contains(org.assertj.core.groups.Tuple.tuple(source, Lang.ZH));
        kb.replaceSyntheticDocuments(List.of());
    }
}
