package org.onewindow.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class ChunkerTest {

    @Test
    void chunk_markdownHeadings_keepHeadingPathAndDropTitleHeading() {
        String md =
                "# Deregistration\n\nIntro text.\n\n## Fees\n\nIt is free.\n\n### Exemptions\n\nNone.\n\n## Time limit\n\nFive days.\n";
        List<Chunker.Chunk> chunks = Chunker.chunk(md, "Deregistration", true);
        assertThat(chunks)
                .extracting(Chunker.Chunk::section)
                .containsExactly("", "Fees", "Fees > Exemptions", "Time limit");
        assertThat(chunks.get(1).text()).isEqualTo("It is free.");
    }

    @Test
    void chunk_headingInsideCodeFence_isText() {
        List<Chunker.Chunk> chunks = Chunker.chunk("## A\n\n```\n# not a heading\n```\n", null, true);
        assertThat(chunks).hasSize(1);
        assertThat(chunks.get(0).section()).isEqualTo("A");
        assertThat(chunks.get(0).text()).contains("# not a heading");
    }

    @Test
    void chunk_tikaMarks_headingsAndPages() {
        String m = String.valueOf(StructuredTextHandler.MARK);
        String text = m + "P1\n\nFirst page text.\n\n" + m + "P2\n\nSecond page.\n";
        assertThat(Chunker.chunk(text, "Doc", false))
                .extracting(Chunker.Chunk::section)
                .containsExactly("p. 1", "p. 2");
        String html = m + "H1 Guide\n\nIntro\n\n" + m + "H2 Documents\n\nBring the licence.\n";
        assertThat(Chunker.chunk(html, "Guide", false))
                .extracting(Chunker.Chunk::section)
                .containsExactly("", "Documents");
    }

    @Test
    void chunk_longSection_splitAtParagraphsWithinLimit() {
        StringBuilder sb = new StringBuilder("## Long\n\n");
        for (int i = 0; i < 30; i++) {
            sb.append("Paragraph ").append(i).append(" has some words to fill the line up nicely here.\n\n");
        }
        List<Chunker.Chunk> chunks = Chunker.chunk(sb.toString(), null, true);
        assertThat(chunks.size()).isGreaterThan(1);
        assertThat(chunks).allSatisfy(c -> {
            assertThat(c.section()).isEqualTo("Long");
            assertThat(c.text().length()).isLessThanOrEqualTo(Chunker.MAX_CHARS);
        });
        assertThat(chunks.get(0).text()).startsWith("Paragraph 0 ");
    }

    @Test
    void chunk_longChineseParagraph_splitAtSentences() {
        String para = "企业注销办理时限为五至十个工作日。".repeat(100);
        List<Chunker.Chunk> chunks = Chunker.chunk(para, null, false);
        assertThat(chunks.size()).isGreaterThan(1);
        assertThat(chunks).allSatisfy(c -> assertThat(c.text()).endsWith("。"));
    }

    @Test
    void frontMatter_parsesFieldsAndBody() throws Exception {
        FrontMatter fm = FrontMatter.parse(
                "---\ntitle: T\nlang: zh\ndepartment: tax\neffective: 2021-11-24\nrepealed: 2024-01-01\nverified: false\n---\n# Body\n");
        assertThat(fm.title()).isEqualTo("T");
        assertThat(fm.lang()).isEqualTo(org.onewindow.shared.Lang.ZH);
        assertThat(fm.superseded()).hasToString("2024-01-01");
        assertThat(fm.repealed()).isTrue();
        assertThat(fm.verified()).isFalse();
        assertThat(fm.body()).isEqualTo("# Body\n");
    }

    @Test
    void faq_entries_becomeOnePassageEach() throws Exception {
        var passages = FaqReader.read(
                "- id: a\n  lang: en\n  questions:\n    - How long?\n    - How many days?\n  answer: Five days.\n"
                        + "- id: b\n  lang: zh\n  questions:\n    - 多久？\n  answer: 五天。\n",
                "knowledge-base/faq/x.yaml",
                "h");
        assertThat(passages)
                .extracting(p -> p.id())
                .containsExactly("knowledge-base/faq/x.yaml#a", "knowledge-base/faq/x.yaml#b");
        assertThat(passages.get(0).text()).isEqualTo("Five days.");
        assertThat(passages.get(0).indexedText()).contains("How many days?").contains("Five days.");
    }

    @Test
    void isDocument_configurationAndHiddenFiles_excluded() {
        assertThat(DocumentReader.isDocument("policies/a.md")).isTrue();
        assertThat(DocumentReader.isDocument("synonyms/en.txt")).isFalse();
        assertThat(DocumentReader.isDocument("processes/x.yaml")).isFalse();
        assertThat(DocumentReader.isDocument("calendar/2026.yaml")).isFalse();
        assertThat(DocumentReader.isDocument("incentives/a.yaml")).isFalse();
        assertThat(DocumentReader.isDocument("policies/.a.md.upload.tmp")).isFalse();
        assertThat(DocumentReader.isDocument("README.md")).isFalse();
    }
}
